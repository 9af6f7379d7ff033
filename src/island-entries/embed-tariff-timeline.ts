import { startIsland } from '$lib/islands/start';
import TariffTimelineEmbed from '$lib/timeline/TariffTimelineEmbed.svelte';

startIsland({ name: 'embed-tariff-timeline', parts: [TariffTimelineEmbed] });
