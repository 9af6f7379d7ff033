// The page's interactive part is an island ($lib/islands), hydrated without SvelteKit's client.
export const csr = false;
