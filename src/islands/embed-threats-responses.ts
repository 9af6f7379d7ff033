import { startIsland } from '$lib/islands/start';
import ThreatsResponsesEmbed from '$lib/embed/ThreatsResponsesEmbed.svelte';

startIsland('embed-threats-responses', ThreatsResponsesEmbed);
