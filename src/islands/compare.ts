import { startIsland } from '$lib/islands/start';
import ComparePage from '../routes/compare/ComparePage.svelte';

startIsland('compare', ComparePage);
