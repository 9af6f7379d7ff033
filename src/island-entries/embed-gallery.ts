import { startIsland } from '$lib/islands/start';
import EmbedGalleryPage from '../routes/embed/EmbedGalleryPage.svelte';

startIsland({ name: 'embed-gallery', parts: [EmbedGalleryPage] });
