import { startIsland } from '$lib/islands/start';
import PressureIndexEmbed from '$lib/embed/PressureIndexEmbed.svelte';

startIsland('embed-pressure-index', PressureIndexEmbed);
