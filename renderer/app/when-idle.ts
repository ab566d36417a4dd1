// Work the page can do ahead of need (preparing the inbox's search) runs when the browser is
// idle, so it never stands between the seller and a frame. Browsers without
// requestIdleCallback (Safari, which may open the browser host) run it after the current task.

/** Runs `task` once the page is idle; the returned function cancels it if it has not run. */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
