// Text the seller pastes or types is shown as text too: a pasted notice whose text carries script
// tags, event handlers, a `javascript:` link and a lookalike Seller Central domain, and an appeal
// whose plan of action carries the same, are shown by Chromium as characters: no script of
// theirs runs, no element or link of theirs exists.
import type { Page } from '@playwright/test';
import { firstCheckDone } from './support/host-checks';
import { expect, test } from './support/test';

const whatRan = 'window.flagwatchRan';
const lookalike = 'https://sellercentral.amazon.com.evil.example/appeal?id=1';
const hostile = {
  title: `<script>window.flagwatchRan='title'</script> Policy Warning`,
  text: `Dear Seller, we removed your listing. <img src=x onerror="window.flagwatchRan='text'"> Appeal at ${lookalike} or <a href="javascript:window.flagwatchRan='link'">here</a>. <svg onload="window.flagwatchRan='svg'"></svg>`,
  cause: `<iframe src="javascript:window.flagwatchRan='cause'"></iframe> The supplier <b onmouseover="window.flagwatchRan='b'">invoice</b>`,
};

/** Elements or attributes no text of ours would ever make. */
const injectedMarkup = (page: Page) =>
  page.evaluate(`({
    scripts: [...document.scripts].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => el.tagName + ' ' + a.name),
    ),
    elements: document.querySelectorAll('img[src="x"], svg:not([aria-hidden]), iframe, b').length,
    links: [...document.querySelectorAll('a')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^javascript:|evil\\.example/i.test(href)),
  })`);

test('a hostile pasted notice and appeal text render as text: nothing runs, nothing is a link', async ({
  page,
  serve,
}) => {
  const { host, client } = await serve({ demoSpeed: 1, demoSeed: 1 });
  await firstCheckDone(client.api);
  const { accounts } = await client.api.invoke('inbox.get', {});
  const account = accounts[0]!;
  const parsed = await client.api.invoke('notice.parse', {
    text: `Subject: Policy Warning\nFrom: seller-performance@amazon.com\n\n${hostile.text}\nRequired action: submit an appeal within 17 days.`,
  });
  if (!parsed.ok) throw new Error(`the hostile notice did not parse: ${parsed.reason}`);
  const { id } = await client.api.invoke('notice.add', {
    notice: { ...parsed.notice, title: hostile.title, text: hostile.text },
    accountId: account.id,
    marketplaceId: account.marketplaceIds[0]!,
  });
  const { appeal } = await client.api.invoke('appeals.create', { notificationId: id, language: 'en' });
  await client.api.invoke('appeals.saveVersion', {
    id: appeal.id,
    content: {
      ...appeal.versions[0]!.content,
      rootCauses: [{ id: 'rc-1', text: hostile.cause, why: [hostile.title] }],
    },
  });

  await page.goto(`${host.pageUrl.href}#/notification/${encodeURIComponent(id)}`);
  const details = page.getByRole('article');
  await expect(details).toContainText(hostile.title);
  await expect(details).toContainText(lookalike);
  expect(await injectedMarkup(page)).toEqual({ scripts: 0, handlers: [], elements: 0, links: [] });

  await page.goto(`${host.pageUrl.href}#/appeal/${encodeURIComponent(appeal.id)}`);
  await expect(page.getByRole('heading', { level: 2, name: `Appeal: ${hostile.title}` })).toBeVisible();
  await expect(page.getByRole('blockquote')).toContainText(hostile.text);
  expect(await injectedMarkup(page)).toEqual({ scripts: 0, handlers: [], elements: 0, links: [] });
  // The plan as it will be sent, the root cause in it as typed.
  await page.getByRole('button', { name: /^6 Review/ }).click();
  await expect(page.getByText('The supplier <b onmouseover').first()).toBeVisible();
  expect(await injectedMarkup(page)).toEqual({ scripts: 0, handlers: [], elements: 0, links: [] });
  expect(await page.evaluate(whatRan)).toBeUndefined();
});
