import { startIsland } from '$lib/islands/start';
import { compareIsland } from '../lib/compare/island';

startIsland(compareIsland);
