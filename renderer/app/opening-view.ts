// The first view: a window opened without an address of its own starts on Today when there is
// something to do (a notification open, an appeal waiting), else on the inbox. An address given
// (a notification's, the inbox's "#/") is always honoured.
import type { FlagwatchApi } from '../../preload/contract';
import { hrefFor } from './route';

export async function openOnTodayWhenBusy(api: FlagwatchApi): Promise<void> {
  if (window.location.hash !== '') return;
  try {
    const today = await api.invoke('today.get', {});
    // The seller may have gone somewhere in the meantime.
    if (!today.allClear && window.location.hash === '') window.location.replace(hrefFor({ view: 'today' }));
  } catch {
    // The inbox it is: it shows its own problems.
  }
}
