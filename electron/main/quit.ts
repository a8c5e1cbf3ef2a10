/** How a task bounded in time ended. Pure (no 'electron' import). */
export type Bounded = { outcome: 'done' } | { outcome: 'timeout' } | { outcome: 'failed'; error: unknown };

/** Waits for `task`, but no longer than `ms`; never rejects. */
export function waitAtMost(task: Promise<unknown>, ms: number): Promise<Bounded> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Bounded>((resolve) => {
    timer = setTimeout(() => resolve({ outcome: 'timeout' }), ms);
  });
  const settled = task.then(
    (): Bounded => ({ outcome: 'done' }),
    (error: unknown): Bounded => ({ outcome: 'failed', error }),
  );
  return Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
}
