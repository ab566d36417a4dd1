// The guided appeal in a real browser against the real Node host: from a demo notification,
// through every step, the checker's findings appearing and clearing, two attempts with Amazon's
// answers, a revision compared with the rejected version, a near copy warned about, and
// everything found again after a restart and after the host is killed mid-typing.
import type { Page } from '@playwright/test';
import type { PerformanceNotification } from '../../preload/contract';
import { connectContractClient } from './support/contract-client';
import type { FlagwatchProcess } from './support/flagwatch-process';
import { firstCheckDone } from './support/host-checks';
import { expect, test, type Serve } from './support/test';

const demo = { demoSpeed: 1, demoSeed: 1 };

async function start(serve: Serve): Promise<FlagwatchProcess> {
  const { host, client } = await serve(demo);
  await firstCheckDone(client.api);
  return host;
}

/** An open demo notification with Amazon's text and at least one ASIN. */
async function notificationWithAsins(running: FlagwatchProcess): Promise<PerformanceNotification> {
  const client = await connectContractClient(running.pageUrl);
  const { notifications } = await client.api.invoke('inbox.get', {});
  client.close();
  const found = notifications.find((n) => n.status === 'open' && n.asins.length > 0 && n.text.trim() !== '');
  if (!found) throw new Error('the demo inbox has no open notification naming an ASIN');
  return found;
}

const step = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: new RegExp(name) });
const findings = (page: Page) => page.getByRole('list', { name: 'The checker’s findings' });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved at / });

test('write an appeal through every step, two attempts, a revision, restarts and a crash', async ({ page, serve }) => {
  let running = await start(serve);
  const notification = await notificationWithAsins(running);
  const asin = notification.asins[0]!;
  await page.goto(`${running.pageUrl.href}#/notification/${encodeURIComponent(notification.id)}`);

  // From the notification, press Appeal: step 1 holds Amazon's own text.
  await page.getByRole('button', { name: 'Appeal', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Appeal: ${notification.title}` })).toBeVisible();
  const appealUrl = new URL(page.url());
  await expect(page.locator('blockquote').first()).toHaveText(notification.text);
  await expect(page.getByRole('textbox', { name: 'ASINs' })).toHaveValue(notification.asins.join(', '));

  // Step 2, by keyboard: a root cause with a vague phrase the checker knows.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 3, name: 'Step 2 of 7: Root causes' })).toBeFocused();
  await page.getByRole('button', { name: 'Add a root cause' }).click();
  await page.getByRole('textbox', { name: 'Root cause 1: what went wrong' }).fill('It was human error.');
  await page.getByRole('textbox', { name: 'Root cause 1: why? (1)' }).fill('Nobody checked the orders.');

  // Step 3: an action already taken, dated, owned, with its evidence, answering root cause 1.
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: 'Add an action taken' }).click();
  await page
    .getByRole('textbox', { name: 'Action 1: what you did' })
    .fill('On 4 March we added a second check of every order before it is handed to the carrier.');
  await page.getByLabel('Action 1: date').fill('2026-03-04');
  await page.getByRole('textbox', { name: 'Action 1: done by' }).fill('Dana Lee, warehouse lead');
  await page.getByRole('textbox', { name: 'Action 1: evidence' }).fill('The signed checklist of 4 March');
  await page.getByRole('combobox', { name: 'Action 1: root cause it answers' }).selectOption({ index: 1 });

  // Step 4: a preventive measure with owner, frequency and measure.
  await page.keyboard.press('Alt+ArrowRight');
  await page.getByRole('button', { name: 'Add a preventive measure' }).click();
  await page
    .getByRole('textbox', { name: 'Measure 1: what you will keep doing' })
    .fill('We audit 50 shipped orders every week against the checklist.');
  await page.getByRole('textbox', { name: 'Measure 1: owner' }).fill('Dana Lee');
  await page.getByRole('textbox', { name: 'Measure 1: how often' }).fill('Weekly');
  await page.getByRole('textbox', { name: 'Measure 1: how it is measured' }).fill('Errors found per 50 orders');

  // Step 5: the evidence checklist of this metric.
  await page.keyboard.press('Alt+ArrowRight');
  await page.getByRole('checkbox').first().check();

  // Step 6: the checker flags the vague phrase and the ASIN the plan does not mention.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(findings(page).getByText('vague-root-cause')).toBeVisible();
  await expect(findings(page)).toContainText(`ASIN ${asin} from the notification is not mentioned`);
  await expect(page.getByRole('textbox', { name: 'The plan, ready to paste into Amazon’s form' })).toHaveValue(
    /^Root causes\n1\. It was human error\./,
  );

  // Fixed, they clear.
  await step(page, 'Root causes').click();
  await page
    .getByRole('textbox', { name: 'Root cause 1: what went wrong' })
    .fill(`On 2 March our packer shipped ${asin} without the second check, because the checklist skipped it.`);
  await step(page, 'Review').click();
  await expect(page.getByRole('heading', { level: 4, name: /from the checker$/ })).toBeVisible();
  await expect(page.getByText('vague-root-cause')).toHaveCount(0);
  await expect(page.getByText('asin-not-addressed')).toHaveCount(0);
  const firstPlan = await page
    .getByRole('textbox', { name: 'The plan, ready to paste into Amazon’s form' })
    .inputValue();

  // Step 7: record the submission through the Appeal button, then Amazon's rejection.
  await step(page, 'Submission record').click();
  await page.getByRole('button', { name: 'Record submission' }).click();
  await expect(page.getByRole('heading', { level: 5, name: /^Attempt 1: .*, version \d+$/ })).toBeVisible();
  await expect(page.getByText('Attempt 1 of 2 used')).toBeVisible();
  await expect(
    page.getByRole('note').filter({ hasText: 'The Appeal button of this notification has been used' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Answer to attempt 1' }).selectOption('rejected');
  await page
    .getByRole('textbox', { name: 'Amazon’s words for attempt 1' })
    .fill('Your plan does not explain the root cause.');
  await page.getByRole('button', { name: 'Record the answer to attempt 1' }).click();
  await expect(page.getByText(/^Amazon’s answer: Rejected/)).toBeVisible();

  // Revise, and compare with the rejected version: the diff shows the change.
  await step(page, 'Root causes').click();
  const revised =
    `The packing checklist we used since January had no step to compare the item picked with ${asin}'s listing, ` +
    'so two similar items were mixed up on 2 March and 11 customers received the wrong one.';
  await page.getByRole('textbox', { name: 'Root cause 1: what went wrong' }).fill(revised);
  await page.getByRole('button', { name: 'Ask why again for root cause 1' }).click();
  await page
    .getByRole('textbox', { name: 'Root cause 1: why? (2)' })
    .fill('The checklist was written for a catalogue without look-alike variations, which we added in February.');
  await step(page, 'Review').click();
  await page.getByText(/saved versions$/).click();
  await page.getByRole('button', { name: /^Compare with the rejected version/ }).click();
  await expect(page.getByRole('region', { name: 'What is on screen' }).locator('ins').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'What is on screen' })).toContainText('look-alike variations');

  // An unrevised copy is warned about before it is recorded.
  await step(page, 'Submission record').click();
  await page.getByRole('combobox', { name: 'Submitted through' }).selectOption('account-health');
  await page.getByRole('textbox', { name: 'The exact text submitted' }).fill(firstPlan);
  await page.getByRole('button', { name: 'Record submission' }).click();
  await expect(page.getByRole('alert')).toContainText('the same as attempt 1: revise it before submitting again');
  await page.getByRole('alert').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Attempt 1 of 2 used')).toBeVisible();

  // The revised plan is the second attempt; rejected too, the limit is reached.
  await step(page, 'Review').click();
  const revisedPlan = await page
    .getByRole('textbox', { name: 'The plan, ready to paste into Amazon’s form' })
    .inputValue();
  await step(page, 'Submission record').click();
  await page.getByRole('combobox', { name: 'Submitted through' }).selectOption('account-health');
  await page.getByRole('textbox', { name: 'The exact text submitted' }).fill(revisedPlan);
  await page.getByRole('button', { name: 'Record submission' }).click();
  await expect(page.getByRole('heading', { level: 5, name: /^Attempt 2: / })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Answer to attempt 2' }).selectOption('rejected');
  await page.getByRole('button', { name: 'Record the answer to attempt 2' }).click();
  await expect(page.getByText('Attempt 2 of 2 used')).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Both attempts are used' })).toContainText('Contact us');

  // Restart the host: everything is there.
  await running.stop();
  running = await start(serve);
  await page.goto(`${running.pageUrl.href}${appealUrl.hash}`);
  await step(page, 'Submission record').click();
  await expect(page.getByText('Attempt 2 of 2 used')).toBeVisible();
  await expect(page.getByRole('heading', { level: 5, name: /^Attempt \d: / })).toHaveCount(2);
  await step(page, 'Root causes').click();
  await expect(page.getByRole('textbox', { name: 'Root cause 1: what went wrong' })).toHaveValue(revised);

  // Kill the host while typing: what was autosaved is found again.
  const field = page.getByRole('textbox', { name: 'Root cause 1: why? (1)' });
  await field.fill('');
  await field.pressSequentially('Typed before the crash.');
  await expect(saved(page)).toBeVisible();
  await field.pressSequentially(' And this');
  await running.kill();
  running = await start(serve);
  await page.goto(`${running.pageUrl.href}${appealUrl.hash}`);
  await expect(
    page.getByRole('note').filter({ hasText: 'What you typed after the last saved version was kept' }),
  ).toBeVisible();
  await step(page, 'Root causes').click();
  await expect(page.getByRole('textbox', { name: 'Root cause 1: why? (1)' })).toHaveValue(/^Typed before the crash\./);
});
