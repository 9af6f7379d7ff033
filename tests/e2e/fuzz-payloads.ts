/**
 * The hostile values the parameter fuzzing puts into addresses: script injection, wrong types,
 * impossible or reversed dates, malformed percent-encodings, control characters, prototype keys,
 * huge values, and parameter names no page reads.
 */
const enc = encodeURIComponent;
const PWN = 'window.__pwned=true';

/** A value as it appears in the address: already percent-encoded (or deliberately malformed). */
interface Payload {
  name: string;
  raw: string;
}

export const SCRIPT_PAYLOADS: Payload[] = [
  { name: 'script tag', raw: enc(`<script>${PWN}</script>`) },
  { name: 'script tag, unencoded', raw: `<script>${PWN}</script>` },
  { name: 'attribute breakout + script', raw: enc(`"><script>${PWN}</script>`) },
  { name: 'img onerror', raw: enc(`<img src=x onerror="${PWN}">`) },
  { name: 'svg onload', raw: enc(`"><svg onload=${PWN}>`) },
  { name: 'single-quote breakout', raw: enc(`'><svg/onload=${PWN}>'`) },
  { name: 'javascript: URL', raw: enc(`javascript:${PWN}`) },
  { name: 'mustache template', raw: enc(`{{constructor.constructor('${PWN}')()}}`) },
  { name: 'template literal', raw: enc(`\${${PWN}}`) },
  {
    name: 'closing tags',
    raw: enc(`</title></textarea></style></script><script>${PWN}</script>`),
  },
  { name: 'alert', raw: enc(`'-alert(1)-'";alert(1)//`) },
  { name: 'list with a script item', raw: `MX~${enc(`<script>${PWN}</script>`)}` },
];

/** In every parameter at once, one address each. */
export const CORE_PAYLOADS: Payload[] = [
  ...SCRIPT_PAYLOADS,
  { name: 'NaN', raw: 'NaN' },
  { name: '-1', raw: '-1' },
  { name: '1e9', raw: '1e9' },
  { name: 'true', raw: 'true' },
  { name: 'a list for a number', raw: '7~30' },
  { name: 'a JSON array for a list', raw: enc('["MX","CA"]') },
  { name: 'a list with an unknown item', raw: 'MX~XX' },
  { name: 'impossible date 2025-02-30', raw: '2025-02-30' },
  { name: 'truncated UTF-8 escape', raw: '%E0%A4%A' },
  { name: 'lone percent', raw: '%' },
  { name: 'bad hex escape', raw: '%zz' },
  { name: 'NUL', raw: '%00' },
  { name: 'newline', raw: '%0A' },
  { name: '__proto__', raw: '__proto__' },
  { name: 'constructor', raw: 'constructor' },
];

/** Spread over the parameters, one parameter each. */
export const MORE_PAYLOADS: Payload[] = [
  { name: 'javascript: URL, obfuscated', raw: enc(` JaVaScRiPt:${PWN}//`) },
  { name: 'iframe srcdoc', raw: enc(`<iframe srcdoc="<script>parent.${PWN}</script>">`) },
  { name: 'zero', raw: '0' },
  { name: 'a fraction', raw: '1.5' },
  { name: 'an empty list', raw: '~~~' },
  { name: 'padded', raw: '%20MX%20' },
  { name: 'a huge number', raw: '99999999999999999999999' },
  { name: 'CRLF header injection', raw: '%0D%0ASet-Cookie:%20pwned=1' },
  { name: 'overlong UTF-8', raw: '%C0%AF%C0%BC' },
  { name: 'bidi override and zero-width', raw: '%E2%80%AEMX%E2%80%8B' },
  { name: 'year zero', raw: '0000-00-00' },
  { name: 'expanded year', raw: '%2B002025-01-01' },
  { name: 'null', raw: 'null' },
  { name: 'a JSON object', raw: enc('{"country":"MX"}') },
  { name: 'comma-separated', raw: 'MX,CA' },
  { name: 'lower case', raw: 'mx' },
  { name: 'lone surrogate', raw: '%ED%A0%80' },
  { name: 'control characters', raw: '%01%07%08%1B%7F' },
  { name: 'astral and BOM', raw: '%F0%9F%92%A9%EF%BB%BF' },
  {
    name: 'double-encoded script',
    raw: '%253Cscript%253Ewindow.__pwned%253Dtrue%253C%252Fscript%253E',
  },
  { name: 'prototype methods', raw: 'toString~valueOf~hasOwnProperty' },
  { name: 'constructor.prototype', raw: 'constructor.prototype' },
  { name: 'Infinity', raw: 'Infinity' },
  { name: 'hex number', raw: '0x1F' },
];

/** Pairs for from/to: impossible, malformed or out-of-range days. */
export const DATE_PAIRS: [string, string][] = [
  ['2025-02-30', '2025-02-31'],
  ['2025-13-45', '2025-02-29'],
  ['1989-12-31', '2101-01-01'],
  ['2025-1-1', '2025-01-01T00:00:00Z'],
];

/** Over 5,000 characters, a script at the end. */
export const HUGE = enc(`<b>${'x'.repeat(4900)}</b><img src=x onerror="${PWN}">`);

/** Parameter names no page reads, some of them hostile in themselves. */
export const UNKNOWN_NAMES =
  '__proto__=%7B%7D&__proto__%5Bpolluted%5D=1&constructor%5Bprototype%5D%5Bpolluted%5D=1' +
  '&__proto__.polluted=1&prototype=1&toString=1&hasOwnProperty=1' +
  `&${enc(`<script>${PWN}</script>`)}=1&${enc(`"><svg onload=${PWN}>`)}=x&%00=1&%E0%A4%A=1` +
  `&=empty&&bare&utm_source=fuzz&COUNTRY=MX&Country=CA&country%5B%5D=MX&country.0=MX` +
  `&${'n'.repeat(300)}=1&childId=${enc(`"><script>${PWN}</script>`)}` +
  `&initialWidth=NaN&parentUrl=${enc(`javascript:${PWN}`)}&parentTitle=${enc('<b>x</b>')}`;
