// The offline record in the window: searching the saved appeals, exporting one, and the way to
// Seller Support once an appeal's attempts are used.
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Appeal } from '../../../../preload/contract';
import { anAppeal, anAttempt, rejected, someContent } from '../../appeal-fixtures';
import { createFakeBridge, type FakeHostState } from '../../fake-bridge';
import { aNotification } from '../../fixtures';
import { renderApp } from '../../render-app';

function manyAppeals(count: number): Appeal[] {
  return Array.from({ length: count }, (_, i) =>
    anAppeal([someContent({ amazon: { ...someContent().amazon, text: `Case number ${i + 1}` } })], {
      id: `appeal-${i + 1}`,
    }),
  );
}

async function open(hash: string, state: FakeHostState) {
  const bridge = createFakeBridge(state);
  const rendered = await renderApp(bridge);
  window.location.hash = hash;
  return { ...rendered, bridge };
}

describe('Appeals view search', () => {
  it('narrows the list to the appeals holding every word typed, and says how many', async () => {
    const odr = aNotification({ id: 'odr', title: 'Order Defect Rate above target', marketplaceId: 'A1PA6795UKMFR9' });
    const { user } = await open('#/appeals', {
      notifications: [odr],
      appeals: {
        appeals: [
          { ...anAppeal([someContent()], { id: 'a-odr', notificationId: 'odr' }), marketplaceId: 'A1PA6795UKMFR9' },
          anAppeal([someContent({ amazon: { ...someContent().amazon, text: 'Late shipments in March' } })], {
            id: 'a-late',
          }),
        ],
      },
    });
    const search = await screen.findByRole('searchbox', { name: 'Search appeals' });
    expect(screen.getByText('2 appeals of 2')).toBeTruthy();
    await user.type(search, 'defect germany');
    await vi.waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'Order Defect Rate above target' })).toBeTruthy();
    expect(screen.getByText('1 appeal of 2')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'nothing like it');
    expect(await screen.findByText('No saved appeal matches “nothing like it”.')).toBeTruthy();
  });

  it('shows a hundred at a time, with the rest a press away', async () => {
    const { user } = await open('#/appeals', { appeals: { appeals: manyAppeals(150) } });
    const list = await screen.findByRole('list', { name: 'Appeals' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(150);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
  });
});

describe('Appeal export', () => {
  it('downloads Markdown and PDF files and copies the text', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:fake'));
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await open('#/appeal/appeal-1', { appeals: { appeals: [anAppeal([someContent()])] } });

    await user.click(await screen.findByRole('button', { name: 'Download as Markdown' }));
    expect(
      await screen.findByText('appeal-1.md is ready: your browser saves it to its downloads folder.'),
    ).toBeTruthy();
    expect(await created[0]!.text()).toMatch(/^# Your account has a high Order Defect Rate\.\n/);
    expect(clicked).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('button', { name: 'Download as PDF' }));
    await screen.findByText(/appeal-1\.pdf is ready/);
    expect(created[1]!.type).toBe('application/pdf');
    expect(await created[1]!.text()).toBe('%PDF-fake Your account has a high Order Defect Rate.');

    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText('The appeal is on the clipboard.')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toMatch(
      /^Your account has a high Order Defect Rate\.\n\nStatus: Draft/,
    );
    clicked.mockRestore();
  });

  it('says why an export failed', async () => {
    const { user } = await open('#/appeal/appeal-1', {
      appeals: { appeals: [anAppeal([someContent()])] },
      failures: { 'appeals.export': 'no font' },
    });
    await user.click(await screen.findByRole('button', { name: 'Download as PDF' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not export the appeal: no font');
  });
});

describe('From the appeal to Seller Support', () => {
  it('shows the guidance with the case summary once both attempts are used', async () => {
    const used = anAppeal([someContent()], {
      notificationId: 'odr',
      attempts: [anAttempt(1, 'first', rejected()), anAttempt(1, 'second', rejected())],
    });
    await open('#/appeal/appeal-1', {
      notifications: [aNotification({ id: 'odr', title: 'Order Defect Rate above target' })],
      appeals: { appeals: [used] },
    });
    const guidance = await screen.findByRole('complementary', { name: 'Time to contact Seller Support' });
    expect(guidance.textContent).toContain('Every appeal attempt is used.');
    expect(within(guidance).getByRole('link', { name: 'Open the Seller Support shortcuts' }).getAttribute('href')).toBe(
      '#/help/odr',
    );
    const summary = within(guidance).getByRole('textbox', { name: 'Case summary' }) as HTMLTextAreaElement;
    await vi.waitFor(() => expect(summary.value).toContain('Appeal attempts so far: 2 of 2'));
  });

  it('shows it when Amazon asks for more information, and not before', async () => {
    const asked = anAppeal([someContent()], {
      attempts: [
        anAttempt(1, 'first', { kind: 'info-requested', text: 'Send invoices.', at: new Date().toISOString() }),
      ],
    });
    await open('#/appeal/appeal-1', { appeals: { appeals: [asked] } });
    expect(
      (await screen.findByRole('complementary', { name: 'Time to contact Seller Support' })).textContent,
    ).toContain('Amazon asked for more information.');
  });

  it('stays out of the way of an appeal with attempts left', async () => {
    await open('#/appeal/appeal-1', { appeals: { appeals: [anAppeal([someContent()])] } });
    await screen.findByRole('heading', { level: 3, name: /^Step 1 of 7/ });
    expect(screen.queryByRole('complementary', { name: 'Time to contact Seller Support' })).toBeNull();
  });
});
