// A mailbox that cannot be read is named above every view, in the mailbox list's words, with the
// way to the settings; it goes once the host says the mailbox reads again.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MailboxWatch } from '../../../preload/contract';
import { defaultSettings } from '../../../preload/contract';
import { createFakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';
import { shopMailbox } from '../fixtures';

const failing: MailboxWatch = { state: 'failing', folders: [], lastSyncAt: null, failure: 'sign-in', retryAt: null };
const watching: MailboxWatch = {
  state: 'watching',
  folders: ['INBOX', 'Junk'],
  lastSyncAt: '2026-11-03T09:00:00.000Z',
  failure: null,
  retryAt: null,
};

function bridgeWith(watches: Record<string, MailboxWatch>, language = defaultSettings.language) {
  return createFakeBridge({
    settings: { ...defaultSettings, language },
    mailboxes: { mailboxes: [shopMailbox], lastTests: {} },
    secrets: { 'imap:imap-shop:secret': 'correct horse battery' },
    mailboxWatches: watches,
  });
}

describe('MailboxBanners', () => {
  it('names a mailbox that cannot be read above the view, says why, and links to its settings', async () => {
    await renderApp(bridgeWith({ 'imap-shop': failing }));
    const banner = await screen.findByRole('alert', {
      name: 'Flagwatch cannot read seller@example.com on imap.example.com',
    });
    expect(within(banner).getByText(/^imap\.example\.com refused the user name or password\./)).toBeDefined();
    expect(within(banner).getByRole('link', { name: 'Open the mailbox settings' }).getAttribute('href')).toBe(
      '#/accounts',
    );
  });

  it('shows nothing for a mailbox being read, and goes when the host says the mailbox reads again', async () => {
    const watches = { 'imap-shop': failing };
    const bridge = bridgeWith(watches);
    await renderApp(bridge);
    await screen.findByRole('alert', { name: /^Flagwatch cannot read/ });
    watches['imap-shop'] = watching;
    bridge.emit('mailboxes.changed', {});
    await waitFor(() => expect(screen.queryByRole('alert', { name: /^Flagwatch cannot read/ })).toBeNull());
  });

  it('speaks Simplified Chinese', async () => {
    await renderApp(bridgeWith({ 'imap-shop': failing }, 'zh-CN'));
    const banner = await screen.findByRole('alert', {
      name: 'Flagwatch 无法读取 imap.example.com 上的 seller@example.com',
    });
    expect(within(banner).getByRole('link', { name: '打开邮箱设置' })).toBeDefined();
  });
});
