import { i18n } from '$lib/i18n/kit';

// Sets the page's language for messages and replaces %paraglide.lang% in app.html.
export const handle = i18n.handle();
