// Waiting on the host's checks (polls) through the contract, so a test reads the inbox only
// when no check is about to change it.
import type { FlagwatchApi, InboxView, PerformanceNotification } from '../../../preload/contract';

const PAUSE_MS = 200;

/** `serve` starts its first check right after printing its address; this waits for it to end. */
export async function firstCheckDone(api: FlagwatchApi, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await api.invoke('status.get', {});
    if (status.lastPollAt !== null && !status.polling) return;
    if (Date.now() > deadline) throw new Error(`the first check did not finish within ${timeoutMs} ms`);
    await pause();
  }
}

/**
 * Asks the host to check again (what its scheduler does by itself every interval) until a
 * notification not in `seen` is open: the demo's next one.
 */
export async function nextNewNotifications(
  api: FlagwatchApi,
  seen: ReadonlySet<string>,
  timeoutMs = 30_000,
): Promise<{ view: InboxView; added: PerformanceNotification[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await api.invoke('poll.refresh', {});
    const view = await api.invoke('inbox.get', {});
    const added = view.notifications.filter((n) => n.status === 'open' && !seen.has(n.id));
    if (added.length > 0) return { view, added };
    if (Date.now() > deadline) throw new Error(`no new demo notification within ${timeoutMs} ms`);
    await pause();
  }
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
}
