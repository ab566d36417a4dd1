// The section a list of connections stands in: its title and intro in the list's own words, a
// loading line until the host answers, an empty line, each entry drawn by the view, and a
// failure said as an alert the seller can dismiss.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createConnectionsStore } from '../../../../renderer/state/connections-store';
import { ConnectionsSection } from '../../../../renderer/views/connections/ConnectionsSection';
import { renderWithWords } from '../../render-with-words';

interface Entry {
  config: { id: string; name: string };
}

/** A store over stand-in commands whose list answers when the test says. */
function storeListing() {
  let answer: (entries: Entry[]) => void = () => {};
  let refuse: (error: Error) => void = () => {};
  const store = createConnectionsStore<Entry, never, never>({
    list: () =>
      new Promise((resolve, reject) => {
        answer = resolve;
        refuse = reject;
      }),
    save: () => Promise.reject(new Error('not used')),
    remove: () => Promise.reject(new Error('not used')),
    test: () => Promise.reject(new Error('not used')),
    actions: {
      load: 'accounts.action.load',
      save: 'accounts.action.save',
      remove: 'accounts.action.remove',
      test: 'accounts.action.test',
    },
  });
  const load = store.getState().load();
  return {
    store,
    // The store's update re-renders the section: inside act, as the seller would see it.
    answer: (entries: Entry[]) => act(async () => (answer(entries), await load)),
    refuse: (error: Error) => act(async () => (refuse(error), await load)),
  };
}

function renderSection(store: ReturnType<typeof storeListing>['store'], words: 'accounts.list' | 'mailboxes.list') {
  return renderWithWords(
    <ConnectionsSection words={words} store={store} item={(entry) => <li>{entry.config.name}</li>}>
      <button type="button">Add</button>
    </ConnectionsSection>,
  );
}

describe('ConnectionsSection', () => {
  it('says it is loading until the host answers, then lists each entry under the title', async () => {
    const listing = storeListing();
    renderSection(listing.store, 'accounts.list');
    const section = screen.getByRole('region', { name: 'Amazon accounts' });
    expect(within(section).getByText('Loading accounts…')).toBeTruthy();
    expect(within(section).getByText(/^Flagwatch reads each account's performance/)).toBeTruthy();

    await listing.answer([{ config: { id: 'a', name: 'Northwind' } }, { config: { id: 'b', name: 'Bluebird' } }]);
    const list = await within(section).findByRole('list', { name: 'Amazon accounts' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Northwind', 'Bluebird']);
    expect(within(section).queryByText('Loading accounts…')).toBeNull();
    expect(within(section).getByRole('button', { name: 'Add' })).toBeTruthy();
  });

  it("says the list is empty in the list's own words", async () => {
    const listing = storeListing();
    renderSection(listing.store, 'mailboxes.list');
    await listing.answer([]);
    const section = screen.getByRole('region', { name: "Mailboxes for Amazon's emails" });
    expect(await within(section).findByText('No mailbox yet.')).toBeTruthy();
    expect(within(section).queryByRole('list')).toBeNull();
  });

  it('says what failed as an alert, until the seller dismisses it', async () => {
    const listing = storeListing();
    const { user } = renderSection(listing.store, 'accounts.list');
    await listing.refuse(new Error('the disk is full'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not load the accounts: the disk is full')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
