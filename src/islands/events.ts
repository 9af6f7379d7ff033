import { startIsland } from '$lib/islands/start';
import EventsPage from '../routes/events/EventsPage.svelte';

startIsland({ name: 'events', parts: [EventsPage] });
