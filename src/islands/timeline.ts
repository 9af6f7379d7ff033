import { startIsland } from '$lib/islands/start';
import { timelineIsland } from '../routes/timeline-island';

startIsland(timelineIsland);
