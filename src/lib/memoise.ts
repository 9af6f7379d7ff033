/**
 * `compute` with each key's result kept, for pure functions of a string called again and again with
 * the same few values (a dataset's dates). The cache empties itself when it holds `limit` results, so
 * that no long session can grow it without bound.
 */
export function memoise<T>(compute: (key: string) => T, limit = 500_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
