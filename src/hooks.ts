import { i18n } from '$lib/i18n/kit';

export const reroute = i18n.reroute();
