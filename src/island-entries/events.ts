import { startIsland } from '$lib/islands/start';
import EventsPage from '../lib/events/EventsPage.svelte';

startIsland({ name: 'events', parts: [EventsPage] });
