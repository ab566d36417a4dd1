// Text from a source is shown as text, whatever it holds: `flagwatch serve --source spapi` reads
// a report and listings whose fields carry script tags, event handlers, `javascript:` links and
// lookalike Seller Central domains, and Chromium shows them as characters: no script of theirs
// runs, no element or link of theirs exists, nothing opens. The page's CSP blocks an inline
// script and an inline event handler that the page itself were to add.
import type { Page } from '@playwright/test';
import { fakeSeller, fixture } from '../support/fake-spapi/test-world';
import { saveAccount, startRealClockFakeSpApi } from './support/fake-spapi-host';
import { firstCheckDone } from './support/host-checks';
import { expect, test, type Serve } from './support/test';

// Page-side code is given as text: this program is type-checked without the DOM.
/** What any of the hostile texts would have set, had it run. */
const whatRan = 'window.flagwatchRan';
const recordViolations = `window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.effectiveDirective));`;

const lookalike = 'https://sellercentral.amazon.com.evil.example/appeal?id=1';
const hostile = {
  sku: `<script>window.flagwatchRan='sku'</script>`,
  code: `javascript:window.flagwatchRan='code'`,
  category: `<img src=x onerror="window.flagwatchRan='category'">`,
  message: `Appeal at ${lookalike} or <a href="javascript:window.flagwatchRan='message'">here</a>`,
  status: `<svg onload="window.flagwatchRan='status'"></svg>`,
};

function hostileReport(): unknown {
  const report = fixture('official-example') as { accountStatuses: { status: string }[] };
  report.accountStatuses[0]!.status = hostile.status;
  return report;
}

test.beforeEach(async ({ dataDir, stopAfter }) => {
  const seller = fakeSeller({
    document: { content: hostileReport(), compression: 'GZIP' },
    listings: [
      {
        sku: hostile.sku,
        summaries: [{ marketplaceId: 'ATVPDKIKX0DER', asin: 'B0HOSTILE1', itemName: 'Garden hose 20 m' }],
        issues: [
          {
            code: hostile.code,
            message: hostile.message,
            severity: 'ERROR',
            categories: [hostile.category, 'https://sellercentral-amazon.com.evil.example/'],
            enforcements: { actions: [{ action: 'LISTING_SUPPRESSED' }], exemption: { status: 'NOT_EXEMPT' } },
          },
        ],
      },
    ],
  });
  const server = stopAfter(await startRealClockFakeSpApi(seller));
  await saveAccount(dataDir, server, { withSecrets: true });
});

/** The app on the hostile account, with CSP violations recorded in `page`; its address. */
async function openApp(page: Page, serve: Serve): Promise<URL> {
  const { host, client } = await serve({ source: 'spapi' });
  await firstCheckDone(client.api, 30_000);
  await page.addInitScript({ content: recordViolations });
  return host.pageUrl;
}

/** Elements or attributes no text of ours would ever make. */
const injectedMarkup = (page: Page) =>
  page.evaluate(`({
    scripts: [...document.scripts].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => el.tagName + ' ' + a.name),
    ),
    elements: document.querySelectorAll('img[src="x"], svg, iframe').length,
    links: [...document.querySelectorAll('a')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^javascript:|evil\\.example/i.test(href)),
  })`);

test('hostile texts from a source render as text: nothing runs, nothing is a link, nothing opens', async ({
  page,
  serve,
}) => {
  const requestsElsewhere: string[] = [];
  const popups: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:')) requestsElsewhere.push(request.url());
  });
  page.on('popup', (popup) => popups.push(popup.url()));
  const pageUrl = await openApp(page, serve);
  await page.goto(`${pageUrl.href}#/inbox`);

  // The account status as Amazon "sent" it, shown as characters in the title.
  await expect(page.getByRole('link', { name: new RegExp(escaped(hostile.status)) })).toBeVisible();
  const listing = page.getByRole('link', { name: /Garden hose 20 m/ });
  await listing.first().click();
  const details = page.getByRole('article');
  await expect(details).toContainText(`SKU ${hostile.sku}`);
  await expect(details).toContainText(hostile.code);
  await expect(details).toContainText(hostile.category);
  await expect(details).toContainText(lookalike);

  // The lookalike address is text: clicking it opens nothing and goes nowhere.
  const urlBefore = page.url();
  await details.getByText(lookalike, { exact: false }).click();
  await page.waitForTimeout(300);
  expect(page.url()).toBe(urlBefore);

  await page.goto(`${pageUrl.href}#/inbox`);
  await expect(page.getByRole('link', { name: new RegExp(escaped(hostile.status)) })).toBeVisible();
  expect(await injectedMarkup(page)).toEqual({ scripts: 0, handlers: [], elements: 0, links: [] });
  expect(await page.evaluate(whatRan)).toBeUndefined();
  expect(popups).toEqual([]);
  expect(requestsElsewhere).toEqual([]);
});

test("the page's CSP blocks an inline script and an inline event handler", async ({ page, serve }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const pageUrl = await openApp(page, serve);
  await page.goto(`${pageUrl.href}#/inbox`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.evaluate(`{
    const script = document.createElement('script');
    script.textContent = "window.flagwatchRan = 'inline script'";
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', "window.flagwatchRan = 'inline handler'");
    button.textContent = 'injected';
    document.body.append(button);
    button.click();
  }`);
  await expect.poll(() => page.evaluate('window.cspViolations.length')).toBeGreaterThanOrEqual(2);

  expect(await page.evaluate(whatRan)).toBeUndefined();
  const violations = await page.evaluate('window.cspViolations');
  expect(violations).toContain('script-src-elem');
  expect(violations).toContain('script-src-attr');
  expect(consoleErrors.some((text) => /Content Security Policy/.test(text))).toBe(true);
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
