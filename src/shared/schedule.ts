/**
 * When work runs, so that what a person waits for comes first and no task grows long: a new task,
 * the frame after a change, and idle time.
 */

/** Resolves in a new task: the current one ends there (and the browser may paint). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Resolves once the current changes are on screen: after the next frame (or after 100 ms, for a
 * page that paints no frames, as a hidden one).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve);
    requestAnimationFrame(done);
    setTimeout(done, 100);
  });
}

/** Runs `callback` when the main thread is idle, and after `timeout` ms at the latest. */
export function whenIdle(callback: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => callback(), { timeout });
  else setTimeout(callback, 50);
}
