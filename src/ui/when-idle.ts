/**
 * Runs `task` once the browser has nothing more urgent to do (at the latest after `timeout` ms), so what
 * can wait (downloads for later screens, their set-up) does not lengthen the busy moments right after a
 * first screen appears; returns its cancel. Where there is no requestIdleCallback (Safari, a test's DOM),
 * a timer stands in.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1);
  return () => clearTimeout(id);
}
