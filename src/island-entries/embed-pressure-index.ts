import { startIsland } from '$lib/islands/start';
import PressureIndexEmbed from '$lib/compare/PressureIndexEmbed.svelte';

startIsland({ name: 'embed-pressure-index', parts: [PressureIndexEmbed] });
