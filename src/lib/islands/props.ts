/**
 * An island's props travel in the page as JSON (`<script type="application/json">`, which a
 * Content-Security-Policy does not treat as a script). Only plain data survives JSON, so anything
 * else is an error at build time, named by its path, rather than a value that silently changes.
 */
export function islandPropsElement(name: string, props: Record<string, unknown>): string {
  return `<script type="application/json" data-island-props="${name}">${serializeIslandProps(props)}</script>`;
}

export function serializeIslandProps(props: Record<string, unknown>): string {
  assertPlainData(props, 'props');
  // `<` escaped, so no value can close the script element (`</script>`) or open a comment.
  return JSON.stringify(props).replaceAll('<', '\\u003c');
}

function assertPlainData(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new Error(`Island ${path} is ${value}, which JSON cannot carry`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlainData(item, `${path}[${index}]`));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      // Undefined properties are left out, as a missing property reads the same.
      if (item !== undefined) assertPlainData(item, `${path}.${key}`);
    }
    return;
  }
  const kind = typeof value === 'object' ? value.constructor.name : typeof value;
  throw new Error(`Island ${path} is a ${kind}, which JSON cannot carry`);
}
