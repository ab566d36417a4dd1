import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { defaultSettings } from '../../../preload/contract';
import { createFakeBridge } from '../fake-bridge';
import { aNotification, hoursFromNow } from '../fixtures';
import { fieldValue, renderApp } from '../render-app';

function browserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => vi.restoreAllMocks());

const complaint = aNotification({
  id: 'authenticity-zh',
  title: 'Product authenticity customer complaints',
  text: 'We received complaints that items you sold were inauthentic.',
  group: 'policyCompliance',
  metric: 'productAuthenticityCustomerComplaints',
  severity: 'critical',
  policy: 'Anti-Counterfeiting Policy',
  marketplaceId: 'A1PA6795UKMFR9',
  deadline: hoursFromNow(5 * 24 + 3),
});

describe("The window's language", () => {
  it("follows the browser's languages when the setting says 'As the system'", async () => {
    browserLanguages(['zh-CN', 'en-US']);
    await renderApp(createFakeBridge({ notifications: [complaint] }));

    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('绩效通知');
    expect(screen.getByRole('status', { name: '未读通知：1 条' }).textContent).toBe('1 条未读');
    expect(screen.getByRole('button', { name: '政策合规性，1 条未读' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '账户状况' })).toBeTruthy();
  });

  it('makes its date formats while the window waits, before any view asks for one', async () => {
    const asked: Intl.DateTimeFormatOptions[] = [];
    const { DateTimeFormat } = Intl;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locale, options) {
      asked.push({ ...options });
      return new DateTimeFormat(locale, options);
    });
    // No notification: nothing in the inbox shows a date.
    await renderApp(createFakeBridge({ settings: { ...defaultSettings, language: 'zh-CN' } }));
    await vi.waitFor(() => expect(asked).toContainEqual(expect.objectContaining({ weekday: 'long' })));
    expect(asked).toContainEqual(expect.objectContaining({ dateStyle: 'medium', timeStyle: 'short' }));
  });

  it('speaks English for a browser language it does not have', async () => {
    browserLanguages(['fr-FR', 'de']);
    await renderApp(createFakeBridge());
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Performance Notifications');
  });

  it("keeps the saved language whatever the browser's are", async () => {
    browserLanguages(['zh-CN']);
    await renderApp(createFakeBridge({ settings: { ...defaultSettings, language: 'en' } }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Account health' })).toBeTruthy();
  });

  it("shows a notification in Chinese with Chinese dates, and Amazon's own words as written", async () => {
    await renderApp(
      createFakeBridge({ notifications: [complaint], settings: { ...defaultSettings, language: 'zh-CN' } }),
    );
    window.location.hash = '#/notification/authenticity-zh';

    await screen.findByRole('heading', { level: 2, name: 'Product authenticity customer complaints' });
    expect(fieldValue('指标')).toBe('商品真实性买家投诉');
    expect(fieldValue('指标类别')).toBe('政策合规性');
    expect(fieldValue('严重程度')).toBe('严重');
    expect(fieldValue('商城')).toBe('德国（DE）');
    expect(fieldValue('政策')).toBe('Anti-Counterfeiting Policy');
    expect(fieldValue('收到时间')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}$/);
    expect(fieldValue('截止时间')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}（剩余 5 天 [23] 小时）$/);
    expect(fieldValue('状态')).toBe('待处理 · 未读');
    expect(screen.getByText('We received complaints that items you sold were inauthentic.')).toBeTruthy();
    expect(screen.getByRole('button', { name: '标为已读' })).toBeTruthy();
  });

  it('switches every view at once when another language is saved in Settings, and saves the choice', async () => {
    browserLanguages(['zh-CN']);
    const bridge = createFakeBridge({ notifications: [complaint] });
    const { user } = await renderApp(bridge);
    await user.click(screen.getByRole('link', { name: '设置' }));
    const form = await screen.findByRole('form', { name: '设置' });
    const language = within(form).getByRole('combobox', { name: '语言' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['跟随系统', 'English', '简体中文']);

    await user.selectOptions(language, 'en');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByRole('form', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Unread notifications: 1' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(within(screen.getByRole('form', { name: 'Settings' })).getByRole('status').textContent).toBe(
      'Settings saved.',
    );
    expect(bridge.calls.filter((c) => c.command === 'settings.update').map((c) => c.request)).toEqual([
      { language: 'en' },
    ]);
    expect(bridge.settings().language).toBe('en');

    await user.click(screen.getByRole('link', { name: 'Inbox' }));
    expect(await screen.findByRole('button', { name: 'Policy Compliance, 1 unread' })).toBeTruthy();
  });

  it('says a failure in the current language, with the host reason as the host gave it', async () => {
    await renderApp(
      createFakeBridge({
        settings: { ...defaultSettings, language: 'zh-CN' },
        failures: { 'metrics.latest': 'The history file is locked.' },
      }),
    );
    window.location.hash = '#/health';
    expect((await screen.findByRole('alert')).textContent).toBe('无法加载账户状况：The history file is locked.');
  });
});
