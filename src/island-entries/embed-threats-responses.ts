import { startIsland } from '$lib/islands/start';
import ThreatsResponsesEmbed from '$lib/compare/ThreatsResponsesEmbed.svelte';

startIsland({ name: 'embed-threats-responses', parts: [ThreatsResponsesEmbed] });
