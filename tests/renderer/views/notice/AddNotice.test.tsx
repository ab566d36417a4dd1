// "Add from text": paste, see the fields read, correct them, choose where it belongs, save.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../preload/contract';
import { createFakeBridge, type FakeBridge } from '../../fake-bridge';
import { aNotification } from '../../fixtures';
import { renderApp } from '../../render-app';
import { App } from '../../../../renderer/app/App';
import { createFlagwatchStore } from '../../../../renderer/state/flagwatch-store';

// The samples as text, bundled by Vite (the renderer's tests have no file system).
const samples = import.meta.glob('../../../fixtures/notices/*.txt', { query: '?raw', import: 'default', eager: true });
const sample = (name: string): string => {
  const text = samples[`../../../fixtures/notices/${name}.txt`];
  if (typeof text !== 'string') throw new Error(`no sample notice ${name}`);
  return text;
};

async function openAddNotice(bridge: FakeBridge, linkName = 'Add from text') {
  const rendered = await renderApp(bridge);
  await rendered.user.click(screen.getByRole('link', { name: linkName }));
  return rendered;
}

/** Pastes into the text box and reads it, outside renderApp. */
async function userEventPaste(text: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('textbox', { name: 'Notification text' }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Read the text' }));
}

async function paste(user: Awaited<ReturnType<typeof renderApp>>['user'], text: string) {
  const box = screen.getByRole('textbox', { name: 'Notification text' });
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Read the text' }));
}

describe('Add from text', () => {
  it('is reached from the header and shows the fields read from a pasted notice', async () => {
    const bridge = createFakeBridge();
    const { user } = await openAddNotice(bridge);
    expect(screen.getByRole('heading', { level: 2, name: 'Add a notification from text' })).toBeDefined();
    await paste(user, sample('en-inauthentic-listings-removed'));
    const fields = await screen.findByRole('form', { name: 'What Flagwatch read' });
    const field = (name: string) => within(fields).getByRole('textbox', { name }) as HTMLInputElement;
    expect(field('ASINs').value).toBe('B0C7KQ2M4X, B0D1TR88PL, 0306406152');
    expect(field('Policy').value).toBe('Anti-Counterfeiting Policy');
    expect(within(fields).getByText('Stated as: within 17 days')).toBeDefined();
    expect((within(fields).getByRole('combobox', { name: 'Metric group' }) as HTMLSelectElement).value).toBe(
      'policy-compliance',
    );
  });

  it('turns the Seller Central links it read into links that open beside the window', async () => {
    const { user } = await openAddNotice(createFakeBridge());
    await paste(user, sample('en-policy-warning-single-paragraph'));
    const links = await screen.findByRole('list', { name: 'Seller Central links' });
    const link = within(links).getByRole('link', {
      name: 'https://sellercentral.amazon.com/gp/help/external/200164330',
    });
    expect(link.getAttribute('href')).toBe('https://sellercentral.amazon.com/gp/help/external/200164330');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says why a text is not a notice, and offers nothing to save', async () => {
    const { user } = await openAddNotice(createFakeBridge());
    await paste(user, sample('not-a-notice-order'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This text does not look like an Amazon performance notification.',
    );
    expect(screen.queryByRole('button', { name: 'Save notification' })).toBeNull();
  });

  it('saves the corrected notice to the chosen account and marketplace, once', async () => {
    const bridge = createFakeBridge();
    const { user } = await openAddNotice(bridge);
    await paste(user, sample('de-produktfaelschung'));
    const fields = await screen.findByRole('form', { name: 'What Flagwatch read' });
    const title = within(fields).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Angebote deaktiviert');
    await user.selectOptions(within(fields).getByRole('combobox', { name: 'Marketplace' }), 'A1PA6795UKMFR9');
    await user.click(within(fields).getByRole('button', { name: 'Save notification' }));
    await screen.findByText('Saved as a new notification.');
    const add = bridge.calls.find((c) => c.command === 'notice.add');
    expect(add?.request).toMatchObject({
      accountId: 'acct-northwind',
      marketplaceId: 'A1PA6795UKMFR9',
      notice: { title: 'Angebote deaktiviert', asins: ['B0C9XZ4LQ1', 'B0BRW27MN8'] },
    });

    await user.click(within(fields).getByRole('button', { name: 'Save notification' }));
    await screen.findByText('This notification was already in the inbox.');
    await user.click(screen.getByRole('link', { name: 'Open it' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Angebote deaktiviert' })).toBeDefined();
  });

  it('ends a stated date in the chosen marketplace’s own time, until the seller sets a deadline of their own', async () => {
    // What a datetime-local field shows for an instant, in this machine's time zone.
    const local = (iso: string) => {
      const at = new Date(iso);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
    };
    const bridge = createFakeBridge();
    const { user } = await openAddNotice(bridge);
    await paste(user, sample('ja-kigen-hiduke'));
    const fields = await screen.findByRole('form', { name: 'What Flagwatch read' });
    const deadline = within(fields).getByLabelText('Deadline') as HTMLInputElement;
    // 5 December ends at 23:59:59 in New York (the United States), then in Berlin (Germany).
    expect(deadline.value).toBe(local('2026-12-06T04:59:59.000Z'));
    await user.selectOptions(within(fields).getByRole('combobox', { name: 'Marketplace' }), 'A1PA6795UKMFR9');
    expect(deadline.value).toBe(local('2026-12-05T22:59:59.000Z'));
    await user.click(within(fields).getByRole('button', { name: 'Save notification' }));
    await screen.findByText('Saved as a new notification.');
    expect(bridge.calls.find((c) => c.command === 'notice.add')?.request).toMatchObject({
      marketplaceId: 'A1PA6795UKMFR9',
      notice: { deadlineDay: '2026-12-05', deadlineText: '2026年12月5日（土）まで' },
    });

    await user.clear(deadline);
    await user.type(deadline, '2026-12-04T12:00');
    await user.click(within(fields).getByRole('button', { name: 'Save notification' }));
    const own = bridge.calls.filter((c) => c.command === 'notice.add').at(-1)?.request as {
      notice: { deadline: string; deadlineDay: string | null; deadlineText: string | null };
    };
    expect(own.notice).toMatchObject({
      deadline: new Date('2026-12-04T12:00').toISOString(),
      deadlineDay: null,
      deadlineText: null,
    });
  });

  it('shows a wrong ASIN next to its field and saves nothing', async () => {
    const bridge = createFakeBridge();
    const { user } = await openAddNotice(bridge);
    await paste(user, sample('ja-shinsei'));
    const fields = await screen.findByRole('form', { name: 'What Flagwatch read' });
    const asins = within(fields).getByRole('textbox', { name: 'ASINs' });
    await user.type(asins, ', b0lower');
    await user.click(within(fields).getByRole('button', { name: 'Save notification' }));
    expect(asins.getAttribute('aria-invalid')).toBe('true');
    expect(within(fields).getByText(/These are not ASINs \(10 capital letters or digits\): b0lower/)).toBeDefined();
    expect(bridge.calls.some((c) => c.command === 'notice.add')).toBe(false);
  });

  it('opens on its own address before the inbox has loaded, and says there is no account to save to', async () => {
    const bridge = createFakeBridge({ failures: { 'inbox.get': 'the host is busy' } });
    window.history.replaceState(null, '', '/#/notice/new');
    render(<App api={bridge.api} store={createFlagwatchStore(bridge.api)} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Add a notification from text' })).toBeDefined();
    await userEventPaste(sample('ja-shinsei'));
    expect((await screen.findAllByRole('alert')).map((a) => a.textContent)).toContain(
      'Flagwatch knows no account yet: add one, or wait for the first check, before saving a notification.',
    );
    expect(screen.queryByRole('button', { name: 'Save notification' })).toBeNull();
  });

  it('opens when the tray asks for it', async () => {
    const bridge = createFakeBridge();
    await renderApp(bridge);
    bridge.emit('notice.paste', {});
    expect(await screen.findByRole('heading', { level: 2, name: 'Add a notification from text' })).toBeDefined();
  });

  it('speaks Chinese when the settings say so, leaving Amazon’s words as written', async () => {
    const bridge = createFakeBridge({ settings: { ...defaultSettings, language: 'zh-CN' } });
    const { user } = await openAddNotice(bridge, '从文本添加');
    await user.click(screen.getByRole('textbox', { name: '通知文本' }));
    await user.paste(sample('zh-zhishichanquan'));
    await user.click(screen.getByRole('button', { name: '读取文本' }));
    const fields = await screen.findByRole('form', { name: 'Flagwatch 读取到的内容' });
    expect((within(fields).getByRole('textbox', { name: '政策' }) as HTMLInputElement).value).toBe('知识产权政策');
    expect(within(fields).getByText('原文：7天内')).toBeDefined();
  });

  it('shows Amazon’s notice, as text, on the notification it was linked to', async () => {
    const linked = aNotification({
      title: 'Product authenticity complaints rose to 2',
      notice: {
        origin: 'email',
        contentKey: 'k',
        receivedAt: '2026-11-20T10:00:00.000Z',
        title: 'Policy Warning',
        text: '<b>We removed B0C7KQ2M4X</b> under the Anti-Counterfeiting Policy.',
        asins: ['B0C7KQ2M4X'],
        policy: 'Anti-Counterfeiting Policy',
        requiredAction: null,
        deadline: null,
        deadlineText: null,
        language: 'en',
        links: [],
      },
    });
    const { user } = await renderApp(createFakeBridge({ notifications: [linked] }));
    await user.click(screen.getByRole('link', { name: /Product authenticity complaints rose to 2/ }));
    const section = await screen.findByRole('region', { name: 'Amazon’s notification' });
    expect(
      within(section).getByText('<b>We removed B0C7KQ2M4X</b> under the Anti-Counterfeiting Policy.'),
    ).toBeDefined();
    expect(within(section).getByText(/\(by email\)$/)).toBeDefined();
  });

  it('links the notice’s Seller Central addresses on its notification, and leaves any other address as text', async () => {
    const lookalike = 'https://sellercentral.amazon.com.evil.example/appeal';
    const fromNotice = aNotification({
      title: 'Policy Warning',
      notice: {
        origin: 'paste',
        contentKey: 'k2',
        receivedAt: '2026-11-20T10:00:00.000Z',
        title: 'Policy Warning',
        text: 'Policy Warning',
        asins: [],
        policy: null,
        requiredAction: null,
        deadline: null,
        deadlineText: null,
        language: 'en',
        links: ['https://sellercentral.amazon.de/performance/dashboard', lookalike],
      },
    });
    const { user } = await renderApp(createFakeBridge({ notifications: [fromNotice] }));
    await user.click(screen.getByRole('link', { name: /Policy Warning/ }));
    const links = await screen.findByRole('list', { name: 'Seller Central links' });
    expect(
      within(links).getByRole('link', { name: 'https://sellercentral.amazon.de/performance/dashboard' }),
    ).toBeDefined();
    expect(within(links).queryByRole('link', { name: lookalike })).toBeNull();
    expect(within(links).getByText(lookalike)).toBeDefined();
  });
});
