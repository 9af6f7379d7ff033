import { startIsland } from '$lib/islands/start';
import TimelinePage from '../routes/TimelinePage.svelte';

startIsland({ name: 'timeline', parts: [TimelinePage] });
