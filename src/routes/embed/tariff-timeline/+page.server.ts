import { embedPageLoad } from '$lib/server/embed-page';

export const load = embedPageLoad('tariff-timeline');
