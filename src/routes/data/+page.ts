// Nothing here needs the Svelte app: the page ships as plain HTML (the theme toggle runs from /theme.js).
export const csr = false;
