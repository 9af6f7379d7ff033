import { startIsland } from '$lib/islands/start';
import ThreatsResponsesEmbed from '$lib/embed/ThreatsResponsesEmbed.svelte';

startIsland({ name: 'embed-threats-responses', parts: [ThreatsResponsesEmbed] });
