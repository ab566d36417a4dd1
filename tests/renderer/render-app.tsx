// Renders the whole window against a fake host, opened at the inbox's own address (a window opened
// without one starts on Today when there is something to do: see tests/renderer/app/opening-view.test.tsx).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app/App';
import { createFlagwatchStore } from '../../renderer/state/flagwatch-store';
import type { FakeBridge } from './fake-bridge';

export async function renderApp(bridge: FakeBridge) {
  window.history.replaceState(null, '', '/#/');
  window.localStorage.clear(); // the inbox remembers its last filters there
  const store = createFlagwatchStore(bridge.api);
  const user = userEvent.setup();
  render(<App api={bridge.api} store={store} />);
  // The unread count shows once the language and the inbox are both there, in either language.
  await screen.findByRole('status', { name: /^(Unread notifications|未读通知)/ });
  return { store, user };
}

/** The metric group's toggle among the inbox's filters, found by its label alone ("Policy Compliance, 2 unread"). */
export function groupToggle(label: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${label}, \\d+ unread$`) });
}

/** The value next to a field's name in the detail view's description list. */
export function fieldValue(name: string): string {
  const term = screen.getAllByRole('term').find((t) => t.textContent === name);
  const value = term?.nextElementSibling;
  if (!value) throw new Error(`No field named ${name}`);
  return value.textContent ?? '';
}
