import { embedPageLoad } from '$lib/server/embed-page';

export const load = embedPageLoad('pressure-index');
