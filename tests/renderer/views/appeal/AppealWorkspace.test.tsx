import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Appeal } from '../../../../preload/contract';
import { anAppeal, anAttempt, rejected, someContent } from '../../appeal-fixtures';
import { createFakeBridge, type FakeBridge } from '../../fake-bridge';
import { aNotification } from '../../fixtures';
import { renderApp } from '../../render-app';

const odr = aNotification({
  id: 'odr-1',
  title: 'Order Defect Rate above target',
  text: 'Your Order Defect Rate is 1.4%, above the 1% target.',
  metric: 'orderDefectRate.mfn',
  asins: ['B0ODRTEST1'],
});

async function openAppeal(bridge: FakeBridge, id = 'appeal-1') {
  const rendered = await renderApp(bridge);
  window.location.hash = `#/appeal/${id}`;
  await screen.findByRole('heading', { level: 3, name: /^Step \d of 7/ });
  return rendered;
}

const currentStep = () =>
  within(screen.getByRole('navigation', { name: 'Steps' }))
    .getAllByRole('button')
    .find((b) => b.getAttribute('aria-current') === 'step')!;
const textbox = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;
const calls = (bridge: FakeBridge, command: string) => bridge.calls.filter((c) => c.command === command);

afterEach(() => {
  vi.useRealTimers();
});

describe('Appeal workspace', () => {
  it('moves through the seven steps by keyboard, the focus on each step’s heading', async () => {
    const bridge = createFakeBridge({ appeals: { appeals: [anAppeal([someContent()])] } });
    const { user } = await openAppeal(bridge);
    expect(currentStep().textContent).toMatch(/What Amazon said/);
    expect(screen.getByText(/Alt\+Right arrow or Ctrl\+Enter goes to the next step/)).toBeTruthy();

    await user.click(textbox('Policy'));
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(currentStep().textContent).toMatch(/Root causes/);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Step 2 of 7: Root causes' }));

    await user.tab();
    expect(document.activeElement).toBe(textbox('Root cause 1: what went wrong'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(currentStep().textContent).toMatch(/Actions taken/);
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(currentStep().textContent).toMatch(/Root causes/);

    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(currentStep().textContent).toMatch(/Review/);
    // Reaching the review saves a version.
    expect(calls(bridge, 'appeals.saveVersion')).toHaveLength(1);
  });

  it('autosaves half a second after typing stops, and says when', async () => {
    const bridge = createFakeBridge({ appeals: { appeals: [anAppeal([someContent()])] } });
    await openAppeal(bridge);
    vi.useFakeTimers();

    fireEvent.change(textbox('Policy'), { target: { value: 'Customer Product Reviews Policy' } });
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Saving…');
    await act(async () => vi.advanceTimersByTime(499));
    expect(calls(bridge, 'appeals.autosave')).toHaveLength(0);

    await act(async () => vi.advanceTimersByTime(1));
    const saved = calls(bridge, 'appeals.autosave');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.request).toMatchObject({
      id: 'appeal-1',
      content: { amazon: { policy: 'Customer Product Reviews Policy' } },
    });
    expect(screen.getByText(/^Saved at \d{1,2}:\d{2}:\d{2}/)).toBeTruthy();
  });

  it('autosaves at once when a field loses the focus', async () => {
    const bridge = createFakeBridge({ appeals: { appeals: [anAppeal([someContent()])] } });
    const { user } = await openAppeal(bridge);

    await user.type(textbox('Policy'), 'Selling policy');
    await user.tab();

    expect(calls(bridge, 'appeals.autosave').length).toBeGreaterThan(0);
    expect(calls(bridge, 'appeals.autosave').at(-1)!.request).toMatchObject({
      content: { amazon: { policy: 'Selling policy' } },
    });
  });

  it('shows the typing autosaved after the last version, and says so', async () => {
    const appeal = anAppeal([someContent()]);
    const draft = someContent({ rootCauses: [{ id: 'rc-1', text: 'Typed just before the crash', why: [''] }] });
    const bridge = createFakeBridge({
      appeals: { appeals: [appeal] },
      appealDrafts: { drafts: { 'appeal-1': { content: draft, savedAt: new Date().toISOString() } } },
    });
    const { user } = await openAppeal(bridge);

    expect(screen.getByRole('note').textContent).toMatch(/What you typed after the last saved version was kept/);
    await user.click(screen.getByRole('button', { name: /Root causes/ }));
    expect(textbox('Root cause 1: what went wrong').value).toBe('Typed just before the crash');
  });

  it('turns pasted rich text into plain text, and takes a 200,000-character paste whole', async () => {
    const bridge = createFakeBridge({ appeals: { appeals: [anAppeal([someContent()])] } });
    const { user } = await openAppeal(bridge);
    await user.click(screen.getByRole('button', { name: /Root causes/ }));
    const field = textbox('Root cause 1: what went wrong');
    field.setSelectionRange(0, field.value.length);

    fireEvent.paste(field, {
      clipboardData: {
        getData: (type: string) =>
          type === 'text/html' ? '<p>Carrier <b>missed</b>&nbsp;pickups</p><ul><li>3 March</li></ul>' : 'ignored',
      },
    });
    expect(textbox('Root cause 1: what went wrong').value).toBe('Carrier missed pickups\n\n- 3 March');

    const long = '库存 stock 😀 '.repeat(20_000).slice(0, 200_000);
    field.setSelectionRange(0, field.value.length);
    fireEvent.paste(field, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? long : '') } });
    expect(textbox('Root cause 1: what went wrong').value).toBe(long);
  });

  it('shows the checker’s findings with rule, words and suggestion, and clears them once fixed', async () => {
    const appeal = anAppeal([
      someContent({
        amazon: { ...someContent().amazon, asins: ['B0ODRTEST1'] },
        rootCauses: [{ id: 'rc-1', text: 'It was human error.', why: [''] }],
      }),
    ]);
    const bridge = createFakeBridge({ appeals: { appeals: [appeal] } });
    const { user } = await openAppeal(bridge);

    await user.click(screen.getByRole('button', { name: /Review/ }));
    const findings = await screen.findByRole('list', { name: 'The checker’s findings' });
    const vague = within(findings)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('vague-root-cause'))!;
    expect(vague.textContent).toMatch(/“human error” does not say what went wrong/);
    expect(vague.querySelector('q')?.textContent).toBe('human error');
    expect(vague.textContent).toMatch(/Suggestion: Name the step that failed/);
    expect(within(findings).getByText('asin-not-addressed')).toBeTruthy();
    expect(findings.textContent).toMatch(/ASIN B0ODRTEST1 from the notification is not mentioned/);

    await user.click(screen.getByRole('button', { name: /Root causes/ }));
    // The same finding is shown next to its block.
    expect(
      within(screen.getByRole('list', { name: 'Findings for block 1' })).getByText('vague-root-cause'),
    ).toBeTruthy();
    fireEvent.change(textbox('Root cause 1: what went wrong'), {
      target: { value: 'On 3 March our warehouse shipped B0ODRTEST1 late because the carrier pickup was cancelled.' },
    });
    await user.click(screen.getByRole('button', { name: /Review/ }));

    await vi.waitFor(() => {
      const list = screen.queryByRole('list', { name: 'The checker’s findings' });
      const rules = list ? within(list).queryAllByText(/^(vague-root-cause|asin-not-addressed)$/) : [];
      expect(rules).toHaveLength(0);
    });
  });

  it('shows readiness per step and overall, in words', async () => {
    const bridge = createFakeBridge({ appeals: { appeals: [anAppeal([someContent()])] } });
    const { user } = await openAppeal(bridge);
    await user.click(screen.getByRole('button', { name: /Review/ }));

    const readiness = await screen.findByRole('region', { name: 'Readiness' });
    expect(readiness.textContent).toMatch(/Overall: Not ready/);
    expect(readiness.textContent).toMatch(/Add at least one action already taken/);
    const nav = screen.getByRole('navigation', { name: 'Steps' });
    expect(within(nav).getByRole('button', { name: /What Amazon said/ }).textContent).toMatch(/Ready$/);
    expect(within(nav).getByRole('button', { name: /Actions taken/ }).textContent).toMatch(/Not ready$/);
  });

  it('warns about a near copy before recording it, and records it once confirmed', async () => {
    const content = someContent();
    const appeal: Appeal = anAppeal([content], {
      attempts: [anAttempt(1, 'Root causes\n1. Our carrier missed pickups in March.', rejected())],
    });
    const bridge = createFakeBridge({ appeals: { appeals: [appeal] } });
    const { user } = await openAppeal(bridge);
    await user.click(screen.getByRole('button', { name: /Submission record/ }));
    expect(screen.getByText('Attempt 1 of 2 used')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Submitted through' }), 'Account Health');

    await user.click(screen.getByRole('button', { name: 'Record submission' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/This text is 100% the same as attempt 1: revise it before submitting again\./);
    expect(screen.queryByRole('heading', { name: /^Attempt 2:/ })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Record anyway' }));

    expect(await screen.findByRole('heading', { name: /^Attempt 2: .*, version 1$/ })).toBeTruthy();
    expect(screen.getByText('Attempt 2 of 2 used')).toBeTruthy();
    const recorded = calls(bridge, 'appeals.recordSubmission').map((c) => c.request);
    expect(recorded).toMatchObject([{ confirmed: false }, { confirmed: true, channel: 'account-health' }]);
  });

  it('records Amazon’s answer to an attempt', async () => {
    const appeal = anAppeal([someContent()], { attempts: [anAttempt(1, 'plan text')] });
    const bridge = createFakeBridge({ appeals: { appeals: [appeal] } });
    const { user } = await openAppeal(bridge);
    await user.click(screen.getByRole('button', { name: /Submission record/ }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Answer to attempt 1' }), 'Rejected');
    await user.type(textbox('Amazon’s words for attempt 1'), 'Your plan is not specific.');
    await user.click(screen.getByRole('button', { name: 'Record the answer to attempt 1' }));

    expect(await screen.findByText(/^Amazon’s answer: Rejected/)).toBeTruthy();
    expect(screen.getByText('Your plan is not specific.')).toBeTruthy();
  });

  it('points to Seller Support once both attempts are used', async () => {
    const appeal = anAppeal([someContent()], {
      attempts: [
        anAttempt(1, 'first', rejected()),
        { ...anAttempt(1, 'second', rejected()), channel: 'appeal-button' },
      ],
    });
    const bridge = createFakeBridge({ appeals: { appeals: [appeal] } });
    const { user } = await openAppeal(bridge);
    await user.click(screen.getByRole('button', { name: /Submission record/ }));

    const notes = screen.getAllByRole('note').map((n) => n.textContent);
    expect(notes).toContain(
      'The Appeal button of this notification has been used: further appeals go through Account Health.',
    );
    expect(notes.join(' ')).toMatch(/Both attempts are used\. Contact Seller Support.*Help, then Contact us/);
    expect(screen.getByText('Attempt 2 of 2 used')).toBeTruthy();
  });

  it('compares two versions side by side, marking what was removed and added', async () => {
    const first = someContent();
    const second = someContent({
      rootCauses: [{ id: 'rc-1', text: 'Our carrier missed pickups on 3 and 4 March.', why: [''] }],
    });
    const appeal = anAppeal([first, second], { attempts: [anAttempt(1, 'first', rejected())] });
    const bridge = createFakeBridge({ appeals: { appeals: [appeal] } });
    const { user } = await openAppeal(bridge);

    await user.click(screen.getByText('2 saved versions'));
    await user.click(screen.getByRole('button', { name: 'Compare with the rejected version (1)' }));

    const older = screen.getByRole('region', { name: 'Version 1' });
    const newer = screen.getByRole('region', { name: 'What is on screen' });
    expect([...older.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['[removed: in ]']);
    expect([...newer.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['[added: on 3 and 4 ]']);
  });

  it('restores an older version as the newest, keeping what was on screen as a version first', async () => {
    const first = someContent();
    const second = someContent({ rootCauses: [{ id: 'rc-1', text: 'The second wording.', why: [''] }] });
    const bridge = createFakeBridge({ appeals: { appeals: [anAppeal([first, second])] } });
    const { user } = await openAppeal(bridge);
    await user.click(screen.getByRole('button', { name: /Root causes/ }));
    fireEvent.change(textbox('Root cause 1: what went wrong'), { target: { value: 'Unsaved third wording.' } });

    await user.click(screen.getByText('2 saved versions'));
    await user.click(screen.getByRole('button', { name: 'Restore version 1' }));

    await vi.waitFor(() => expect(textbox('Root cause 1: what went wrong').value).toBe(first.rootCauses[0]!.text));
    expect(screen.getByText('4 saved versions')).toBeTruthy();
    expect(calls(bridge, 'appeals.restoreVersion').map((c) => c.request)).toEqual([{ id: 'appeal-1', version: 1 }]);
  });

  it('shows the notification’s text read-only, or asks for Amazon’s text when the source had none', async () => {
    const bare = aNotification({ id: 'bare', title: 'Account at risk', text: '' });
    const from = anAppeal([someContent({ amazon: { ...someContent().amazon, text: '' } })], {
      notificationId: 'bare',
    });
    const bridge = createFakeBridge({ notifications: [bare, odr], appeals: { appeals: [from] } });
    await openAppeal(bridge);

    expect(screen.getByRole('textbox', { name: 'Paste Amazon’s exact text' })).toBeTruthy();
  });
});
