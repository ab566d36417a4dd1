// Seller Support (the Help view) in a real browser against the real Node host on the demo: the
// shortcuts on the right Seller Central for a German and a US notification, each opening in a new
// tab and nothing outside the allowlist; the case summary on the clipboard; the contact log's
// warning on a repeat within the set days; and an appeal with no attempts left pointing there.
// Seller Central itself is answered by a stand-in page: the tests reach no one.
import type { BrowserContext, Page } from '@playwright/test';
import { isAllowedExternalUrl } from '../../main/core/external-links';
import { demoWithOpenUsAndDe } from './support/demo-inbox';
import { expect, test } from './support/test';

test.beforeEach(async ({ context }) => {
  // Anything leaving the page is answered here; loopback goes on to the host.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Stand-in</title>' }),
  );
});

const shortcutNames = [
  'Email Seller Support',
  'Request a call-back',
  'Chat with Seller Support',
  'Performance Notifications',
  'Account Health',
];

/** Clicks every shortcut; answers the address each new tab opened on. */
async function openEveryShortcut(page: Page, context: BrowserContext): Promise<string[]> {
  const opened: string[] = [];
  const shortcuts = page.getByRole('navigation', { name: 'Shortcuts' });
  for (const name of shortcutNames) {
    const [tab] = await Promise.all([context.waitForEvent('page'), shortcuts.getByRole('link', { name }).click()]);
    await tab.waitForLoadState();
    opened.push(tab.url());
    await tab.close();
  }
  return opened;
}

test('shortcuts on the notification’s own Seller Central, for Germany and the US, only through the allowlist', async ({
  page,
  context,
  serve,
}) => {
  const { host, us, de } = await demoWithOpenUsAndDe(serve);
  const pagesBefore = context.pages().length;

  // From the German notification's detail to Seller Support.
  await page.goto(`${host.pageUrl.href}#/notification/${encodeURIComponent(de.id)}`);
  await page.getByRole('link', { name: 'Contact Seller Support' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Seller Central for Germany (DE)' })).toBeVisible();
  expect(await openEveryShortcut(page, context)).toEqual([
    'https://sellercentral.amazon.de/cu/contact-us',
    'https://sellercentral.amazon.de/hz/contact-us/performance',
    'https://sellercentral.amazon.de/cu/contact-us',
    'https://sellercentral.amazon.de/gp/customer-experience/perf-notifications.html',
    'https://sellercentral.amazon.de/performance/dashboard',
  ]);

  // The US notification, picked in the view.
  await page.getByRole('combobox', { name: 'About the notification' }).selectOption(us.id);
  await expect(page.getByRole('heading', { level: 3, name: 'Seller Central for United States (US)' })).toBeVisible();
  const fromUs = await openEveryShortcut(page, context);
  expect(fromUs.every((url) => url.startsWith('https://sellercentral.amazon.com/'))).toBe(true);

  // Every link leaving the page is one the allowlist takes, and nothing else opened.
  const external = await page
    .locator('a[href]')
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith('#') && !href.startsWith('/')),
    );
  expect(external.length).toBeGreaterThanOrEqual(5);
  for (const href of external) expect(isAllowedExternalUrl(href), href).toBe(true);
  expect(context.pages()).toHaveLength(pagesBefore);
});

test('the case summary reaches the clipboard, and a repeat contact is warned about within the set days', async ({
  page,
  context,
  serve,
}) => {
  const { host, client, de } = await demoWithOpenUsAndDe(serve);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.goto(`${host.pageUrl.href}#/help/${encodeURIComponent(de.id)}`);

  await expect(page.getByRole('textbox', { name: 'Case summary' })).toHaveValue(/Marketplace: Germany \(DE\)/);
  await page.getByRole('button', { name: 'Copy case summary' }).click();
  await expect(page.getByText('The case summary is on the clipboard.')).toBeVisible();
  const summary = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(summary).toContain('Case summary for Seller Support');
  expect(summary).toContain(`Notification: ${de.title}`);
  if (de.asins.length > 0) expect(summary).toContain(`ASINs: ${de.asins.join(', ')}`);

  // Three days, then a call-back logged: the next contact about it is warned about.
  const days = page.getByRole('spinbutton', { name: 'Warn before a repeat contact within (days)' });
  await days.fill('3');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('phone');
  await page.getByRole('textbox', { name: 'Case id (from Amazon)' }).fill('1234567890');
  await page.getByRole('button', { name: 'Record contact' }).click();
  await expect(page.getByText('Contact recorded.')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('You contacted Seller Support about this notification');
  await expect(page.getByRole('alert')).toContainText('Call-back, case 1234567890');

  await page.getByRole('button', { name: 'Record contact' }).click();
  await expect(page.getByRole('button', { name: 'Record anyway' })).toBeVisible();
  expect(await client.api.invoke('support.contacts', {})).toHaveLength(1);
  expect((await client.api.invoke('settings.get', {})).supportRepeatDays).toBe(3);

  // The log survives a restart.
  await host.stop();
  const restarted = await serve({ source: 'none' });
  await page.goto(`${restarted.host.pageUrl.href}#/help/${encodeURIComponent(de.id)}`);
  await expect(page.getByRole('list', { name: 'Contacts with Seller Support' }).getByRole('listitem')).toHaveCount(1);
});

test('an appeal with no attempts left shows the Seller Support guidance with the case summary', async ({
  page,
  serve,
}) => {
  const { host, client, us } = await demoWithOpenUsAndDe(serve);
  const { appeal } = await client.api.invoke('appeals.create', { notificationId: us.id, language: 'en' });
  for (const text of ['First plan.', 'A second, different plan with new evidence.']) {
    const { workspace } = await client.api.invoke('appeals.recordSubmission', {
      id: appeal.id,
      at: new Date().toISOString(),
      channel: 'account-health',
      text,
      attachments: [],
      confirmed: true,
    });
    await client.api.invoke('appeals.recordAnswer', {
      id: appeal.id,
      attempt: workspace.appeal.attempts.length - 1,
      answer: { kind: 'rejected', text: 'Insufficient information.', at: new Date().toISOString() },
    });
  }

  await page.goto(`${host.pageUrl.href}#/appeal/${encodeURIComponent(appeal.id)}`);
  const guidance = page.getByRole('complementary', { name: 'Time to contact Seller Support' });
  await expect(guidance).toContainText('Every appeal attempt is used.');
  await expect(guidance.getByRole('textbox', { name: 'Case summary' })).toHaveValue(/Appeal attempts so far: 2 of 2/);
  await guidance.getByRole('link', { name: 'Open the Seller Support shortcuts' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Seller Central for United States (US)' })).toBeVisible();
});
