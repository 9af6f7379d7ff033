/**
 * Resolves in a later task of the event loop, so the work before and after an `await nextTask()`
 * runs as two shorter tasks instead of one long one (the page answers input in between).
 * `scheduler.yield()` where the browser has it, else a zero-delay timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
