import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitAtMost } from './quit';

describe('waitAtMost', () => {
  afterEach(() => vi.useRealTimers());

  it('is done when the task finishes in time', async () => {
    await expect(waitAtMost(Promise.resolve(), 5_000)).resolves.toEqual({ outcome: 'done' });
  });

  it('reports a failed task without rejecting', async () => {
    const error = new Error('disk full');
    await expect(waitAtMost(Promise.reject(error), 5_000)).resolves.toEqual({ outcome: 'failed', error });
  });

  it('gives up after the delay when the task hangs', async () => {
    vi.useFakeTimers();
    const result = waitAtMost(new Promise(() => {}), 5_000);
    await vi.advanceTimersByTimeAsync(4_999);
    let settled = false;
    void result.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ outcome: 'timeout' });
  });
});
