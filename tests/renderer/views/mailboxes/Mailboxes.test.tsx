import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { defaultSettings } from '../../../../preload/contract';
import { createFakeBridge } from '../../fake-bridge';
import { renderApp } from '../../render-app';
import { shopMailbox } from '../../fixtures';

const password = 'correct horse battery';

const shopName = 'seller@example.com on imap.example.com';

function withShopMail(extra: Parameters<typeof createFakeBridge>[0] = {}) {
  return createFakeBridge({
    mailboxes: { mailboxes: [shopMailbox], lastTests: {} },
    secrets: { 'imap:imap-shop:secret': password },
    ...extra,
  });
}

async function openMailboxes(bridge: ReturnType<typeof createFakeBridge>) {
  const rendered = await renderApp(bridge);
  await rendered.user.click(screen.getByRole('link', { name: 'Accounts' }));
  await screen.findByRole('heading', { level: 2, name: "Mailboxes for Amazon's emails" });
  return rendered;
}

const section = () => screen.getByRole('region', { name: "Mailboxes for Amazon's emails" });
const form = () => screen.getByRole('form', { name: /mailbox|Edit/ });

describe('Mailboxes', () => {
  it('shows beside the Amazon accounts, empty at first', async () => {
    await openMailboxes(createFakeBridge());
    expect(screen.getByRole('heading', { level: 2, name: 'Amazon accounts' })).toBeTruthy();
    expect(within(section()).getByText('No mailbox yet.')).toBeTruthy();
  });

  it('adds a mailbox: its settings go to the host, the password only as a secret', async () => {
    const bridge = createFakeBridge();
    const { user } = await openMailboxes(bridge);
    await user.click(screen.getByRole('button', { name: 'Add mailbox' }));
    const added = screen.getByRole('form', { name: 'Add a mailbox' });
    expect(within(added).getByLabelText('Port')).toHaveProperty('value', '993');
    expect(within(added).getByLabelText('Inbox folder')).toHaveProperty('value', 'INBOX');
    expect(within(added).getByRole('checkbox', { name: 'Also read the spam folder' })).toHaveProperty('checked', true);

    await user.type(within(added).getByLabelText('Mail server (IMAP)'), 'imap.example.com');
    await user.type(within(added).getByLabelText('User name'), 'seller@example.com');
    await user.type(within(added).getByLabelText('Password'), password);
    expect(within(added).getByLabelText('Password').getAttribute('type')).toBe('password');
    await user.selectOptions(within(added).getByLabelText('Seller account'), 'Bluebird Home');
    await user.click(within(added).getByRole('button', { name: 'Save' }));

    const item = await within(section()).findByRole('listitem', { name: shopName });
    expect(within(item).getByText('imap.example.com, port 993, TLS')).toBeTruthy();
    expect(within(item).getByText('INBOX and the spam folder the server marks as junk')).toBeTruthy();
    expect(within(item).getByText('Bluebird Home, United Kingdom (UK)')).toBeTruthy();
    expect(within(item).getByText('Stored')).toBeTruthy();
    const [saved] = bridge.mailboxes().mailboxes;
    expect(saved).toMatchObject({
      host: 'imap.example.com',
      port: 993,
      security: 'tls',
      signIn: 'password',
      spamFolder: null,
      accountId: 'acct-bluebird',
      marketplaceId: 'A1F83G8C2ARO7P',
    });
    expect(JSON.stringify(bridge.mailboxes())).not.toContain(password);
    expect(bridge.storedSecret(`imap:${saved!.id}:secret`)).toBe(password);
    // The list the window got never carries the secret either.
    expect(JSON.stringify(await bridge.api.invoke('mailboxes.list', {}))).not.toContain(password);
  });

  it('suggests the usual port of the security chosen, but keeps a port the seller typed', async () => {
    const { user } = await openMailboxes(createFakeBridge());
    await user.click(screen.getByRole('button', { name: 'Add mailbox' }));
    await user.selectOptions(screen.getByLabelText('Security'), 'STARTTLS');
    expect(screen.getByLabelText('Port')).toHaveProperty('value', '143');
    await user.clear(screen.getByLabelText('Port'));
    await user.type(screen.getByLabelText('Port'), '1143');
    await user.selectOptions(screen.getByLabelText('Security'), 'TLS');
    expect(screen.getByLabelText('Port')).toHaveProperty('value', '1143');
  });

  it('names each problem next to its field and sends nothing', async () => {
    const bridge = createFakeBridge();
    const { user } = await openMailboxes(bridge);
    await user.click(screen.getByRole('button', { name: 'Add mailbox' }));
    await user.clear(screen.getByLabelText('Port'));
    await user.type(screen.getByLabelText('Port'), '99999');
    await user.type(screen.getByLabelText('Mail server (IMAP)'), 'https://mail.example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByText('Mail server (IMAP): give a server name like imap.example.com')).toBeTruthy();
    expect(screen.getByText('Port: give a port from 1 to 65535')).toBeTruthy();
    expect(screen.getByText('User name: give the user name (usually the email address)')).toBeTruthy();
    expect(screen.getByText('Password: enter the password, app password or token')).toBeTruthy();
    expect(screen.getByLabelText('Port').getAttribute('aria-invalid')).toBe('true');
    expect(bridge.commandsCalled()).not.toContain('mailboxes.save');
  });

  it('asks for an OAuth2 token instead of a password when signing in with OAuth2', async () => {
    const bridge = createFakeBridge();
    const { user } = await openMailboxes(bridge);
    await user.click(screen.getByRole('button', { name: 'Add mailbox' }));
    await user.selectOptions(screen.getByLabelText('Sign in with'), 'OAuth2 token');
    expect(screen.queryByLabelText('Password')).toBeNull();
    await user.type(screen.getByLabelText('Mail server (IMAP)'), 'imap.gmail.com');
    await user.type(screen.getByLabelText('User name'), 'seller@example.com');
    await user.type(screen.getByLabelText('OAuth2 token'), 'ya29.token');
    await user.click(screen.getByRole('checkbox', { name: 'Also read the spam folder' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await within(section()).findByRole('listitem', { name: 'seller@example.com on imap.gmail.com' });
    expect(bridge.mailboxes().mailboxes[0]).toMatchObject({ signIn: 'oauth2', watchSpam: false });
    expect(within(section()).getByText('INBOX only')).toBeTruthy();
  });

  it('tests the connection and says what it will read, or why it cannot in plain words', async () => {
    const bridge = withShopMail({
      mailboxProbe: (secret) =>
        secret === password ? { ok: true, folders: ['INBOX', 'Junk'], idle: true } : { ok: false, kind: 'sign-in' },
    });
    const { user } = await openMailboxes(bridge);
    await user.click(screen.getByRole('button', { name: `Test connection of ${shopName}` }));
    const answer = await screen.findByRole('status', { name: `Connection of ${shopName}` });
    await within(answer).findByText('Connected. Flagwatch will read: INBOX and Junk.');

    // A wrong password, saved over the right one, is refused by the server.
    await user.click(screen.getByRole('button', { name: `Edit ${shopName}` }));
    expect(within(form()).getByText('Leave empty to keep the stored one.')).toBeTruthy();
    await user.type(within(form()).getByLabelText('Password'), 'wrong');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: `Test connection of ${shopName}` }));
    const refusal = await screen.findByRole('alert', { name: `Connection of ${shopName}` });
    expect(refusal.textContent).toBe(
      'imap.example.com refused the user name or password. Check them; many providers need an app password or OAuth2 sign-in.',
    );
  });

  it('shows how the host reads the mailbox: when it last read, or why it fails and when it tries again', async () => {
    const bridge = withShopMail({
      mailboxWatches: {
        'imap-shop': {
          state: 'failing',
          folders: ['INBOX', 'Junk'],
          lastSyncAt: null,
          failure: 'certificate',
          retryAt: new Date().toISOString(),
        },
      },
    });
    await openMailboxes(bridge);
    const item = within(section()).getByRole('listitem', { name: shopName });
    expect(within(item).getByText(/^imap\.example\.com's certificate is not trusted .* Trying again at /)).toBeTruthy();
  });

  it('lists the mailboxes again when the host says their reading changed', async () => {
    const bridge = withShopMail();
    await openMailboxes(bridge);
    expect(within(section()).getByText('Not read by this Flagwatch right now.')).toBeTruthy();
    const before = bridge.calls.filter((c) => c.command === 'mailboxes.list').length;
    bridge.emit('mailboxes.changed', {});
    // The section asks again, and so do the banners above every view.
    await vi.waitFor(() => expect(bridge.calls.filter((c) => c.command === 'mailboxes.list').length).toBe(before + 2));
  });

  it('removes a mailbox and its secret only once confirmed', async () => {
    const bridge = withShopMail();
    const { user } = await openMailboxes(bridge);
    await user.click(screen.getByRole('button', { name: `Remove ${shopName}` }));
    const confirm = screen.getByRole('group', { name: `Confirm removing ${shopName}` });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(bridge.mailboxes().mailboxes).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: `Remove ${shopName}` }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await within(section()).findByText('No mailbox yet.');
    expect(bridge.storedSecret('imap:imap-shop:secret')).toBeUndefined();
  });

  it('speaks Simplified Chinese, with the reading state and failures in it too', async () => {
    const bridge = withShopMail({
      settings: { ...defaultSettings, language: 'zh-CN' },
      mailboxWatches: {
        'imap-shop': { state: 'failing', folders: [], lastSyncAt: null, failure: 'sign-in', retryAt: null },
      },
    });
    await renderApp(bridge);
    window.location.hash = '#/accounts';
    const region = await screen.findByRole('region', { name: '接收亚马逊邮件的邮箱' });
    const item = within(region).getByRole('listitem', { name: 'imap.example.com 上的 seller@example.com' });
    expect(within(item).getByText('INBOX 和 服务器标记为垃圾邮件的文件夹')).toBeTruthy();
    expect(within(item).getByText(/^imap\.example\.com 拒绝了用户名或密码。.*将于 .* 重试。$/)).toBeTruthy();
    expect(within(region).getByRole('button', { name: '添加邮箱' })).toBeTruthy();
  });

  it('is used from the keyboard alone: the form opens on its first field, Enter saves, the focus comes back', async () => {
    const bridge = createFakeBridge();
    const { user } = await openMailboxes(bridge);
    screen.getByRole('button', { name: 'Add mailbox' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Mail server (IMAP)'));
    await user.keyboard('imap.example.com');
    await user.tab(); // security
    await user.tab(); // port
    await user.tab(); // sign-in
    await user.tab();
    await user.keyboard('seller@example.com');
    await user.tab();
    await user.keyboard(`${password}{Enter}`);
    await within(section()).findByRole('listitem', { name: shopName });
    // The focus moves back on the next frame, once the form has gone.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add mailbox' })));
  });
});
