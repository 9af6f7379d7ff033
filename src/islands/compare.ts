import { startIsland } from '$lib/islands/start';
import { compareIsland } from '../routes/compare/island';

startIsland(compareIsland);
