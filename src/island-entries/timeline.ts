import { startIsland } from '$lib/islands/start';
import { timelineIsland } from '../lib/timeline/island';

startIsland(timelineIsland);
