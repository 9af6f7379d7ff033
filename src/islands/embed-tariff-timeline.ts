import { startIsland } from '$lib/islands/start';
import TariffTimelineEmbed from '$lib/embed/TariffTimelineEmbed.svelte';

startIsland('embed-tariff-timeline', TariffTimelineEmbed);
