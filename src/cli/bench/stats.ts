/** Small numeric helpers shared by the benchmark's sections. */
export const kb = (bytes: number) => bytes / 1024;
export const fmt = (value: number, digits = 1) => value.toFixed(digits);
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** Milliseconds with two significant decimals below 10, one below 100. */
export const ms = (value: number) =>
  value < 10 ? fmt(value, 2) : value < 100 ? fmt(value, 1) : fmt(value, 0);
