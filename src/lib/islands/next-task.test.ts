import { describe, expect, it } from 'vitest';
import { nextTask } from './next-task';

describe('nextTask', () => {
  it('resolves after work already queued as tasks and microtasks', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    void Promise.resolve().then(() => order.push('microtask'));
    await nextTask();
    order.push('after nextTask');
    expect(order).toEqual(['microtask', 'queued task', 'after nextTask']);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const global = globalThis as { scheduler?: unknown };
    let yielded = 0;
    global.scheduler = { yield: () => (yielded++, Promise.resolve()) };
    try {
      await nextTask();
    } finally {
      delete global.scheduler;
    }
    expect(yielded).toBe(1);
  });
});
