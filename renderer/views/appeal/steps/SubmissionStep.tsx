// Step 7, the submission record: attempts used and the appeal clock, a form to record what was
// submitted to Amazon (channel, the exact text, attachments with their SHA-256), the warnings
// the host raises before recording (a near copy, a used Appeal button), every attempt with
// Amazon's answer, and the Seller Support notice once the attempts run out.
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { appealClock, appealStatus, attemptsSummary } from '../../../../main/core/appeal/attempts';
import { appealRules } from '../../../../main/core/appeal/appeal-rules';
import { submissionChannels } from '../../../../main/core/appeal/appeal-schema';
import type { Translator } from '../../../../main/core/i18n/translator';
import type { Attachment, SubmissionChannel, SubmissionOutcome } from '../../../../preload/contract';
import { useNow } from '../../../app/use-now';
import { useTranslator } from '../../../i18n/i18n-context';
import type { AppealStore, SubmissionForm } from '../appeal-store';
import { AppealField } from '../AppealField';
import { attachmentOf, attachmentText } from '../attachments';
import { AttemptItem } from './AttemptItem';
import type { StepProps } from './step-props';

export function SubmissionStep({ appeal, review, store }: StepProps & { store: AppealStore }) {
  const i18n = useTranslator();
  const now = useNow();
  const warned = useStore(store, (s) => s.warned);
  const summary = attemptsSummary(appeal);
  const clock = appealClock(appeal, now);
  const accepted = appealStatus(appeal) === 'accepted';

  return (
    <>
      <ul className="appeal-facts">
        <li>
          {summary.used === 0
            ? i18n.t('appeal.attempts.none', { limit: summary.limit })
            : i18n.t('appeal.attempts.used', { used: summary.used, limit: summary.limit })}
        </li>
        <li>
          {clock.overdue
            ? i18n.t('appeal.clock.overdue', { windowDays: appealRules.windowDays })
            : i18n.t('appeal.clock.left', { days: clock.daysLeft })}
        </li>
      </ul>
      {summary.appealButtonUsed && (
        <p role="note" className="banner">
          {i18n.t('appeal.notice.appealButtonUsed')}
        </p>
      )}
      {summary.needsSellerSupport && (
        <div role="note" className="banner banner-error">
          <p>{i18n.t('appeal.notice.attemptsUsedUp')}</p>
          <p>{i18n.t('appeal.notice.contactSupport')}</p>
        </div>
      )}
      {!accepted && (
        <SubmissionRecordForm
          key={appeal.attempts.length}
          planText={review?.plan.text ?? ''}
          defaultChannel={summary.appealButtonUsed ? 'account-health' : 'appeal-button'}
          store={store}
          warned={warned}
        />
      )}
      <section aria-labelledby="appeal-attempts-title">
        <h4 id="appeal-attempts-title">{i18n.t('appeal.submission.attempts')}</h4>
        {appeal.attempts.length === 0 ? (
          <p>{i18n.t('appeal.submission.noAttempts')}</p>
        ) : (
          <ol className="attempts">
            {appeal.attempts.map((attempt, index) => (
              <AttemptItem key={index} attempt={attempt} index={index} store={store} />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function SubmissionRecordForm({
  planText,
  defaultChannel,
  store,
  warned,
}: {
  planText: string;
  defaultChannel: SubmissionChannel;
  store: AppealStore;
  warned: (SubmissionOutcome & { form: SubmissionForm }) | null;
}) {
  const i18n = useTranslator();
  const id = useId();
  const [channel, setChannel] = useState<SubmissionChannel>(defaultChannel);
  // Null: what is submitted is the assembled plan, as it is now.
  const [text, setText] = useState<string | null>(null);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [busy, setBusy] = useState(false);
  const form: SubmissionForm = { channel, text: text ?? planText, attachments };

  async function record(confirmed: boolean, what: SubmissionForm) {
    setBusy(true);
    await store.getState().recordSubmission(what, confirmed);
    setBusy(false);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="submission-form">
      <h4 id={`${id}-title`}>{i18n.t('appeal.submission.record')}</h4>
      <div className="form-field">
        <label htmlFor={`${id}-channel`}>{i18n.t('appeal.submission.channel')}</label>
        <select
          id={`${id}-channel`}
          value={channel}
          onChange={(e) => setChannel(submissionChannels.find((c) => c === e.target.value) ?? defaultChannel)}
        >
          {submissionChannels.map((c) => (
            <option key={c} value={c}>
              {i18n.t(`appeal.channel.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <AppealField
        label={i18n.t('appeal.submission.text')}
        hint={i18n.t('appeal.submission.textHint')}
        value={form.text}
        onChange={setText}
        multiline
        rows={10}
      />
      <div className="form-field">
        <label htmlFor={`${id}-files`}>{i18n.t('appeal.submission.attachments')}</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            void Promise.all(files.map(attachmentOf)).then((added) => setAttachments((a) => [...a, ...added]));
          }}
        />
        {attachments.length > 0 && (
          <ul className="attachments" aria-label={i18n.t('appeal.submission.attachments')}>
            {attachments.map((a) => (
              <li key={`${a.name}-${a.sha256}`}>{attachmentText(i18n, a)}</li>
            ))}
          </ul>
        )}
      </div>
      {warned ? (
        <div role="alert" className="banner banner-error">
          {warned.warnings.map((warning) => (
            <p key={warning.kind}>{warningText(i18n, warning)}</p>
          ))}
          <div className="form-actions">
            <button type="button" disabled={busy} onClick={() => void record(true, warned.form)}>
              {i18n.t('appeal.submission.recordAnyway')}
            </button>
            <button type="button" onClick={() => store.getState().dismissWarning()}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" disabled={busy} onClick={() => void record(false, form)}>
            {i18n.t('appeal.submission.recordAction')}
          </button>
        </div>
      )}
    </section>
  );
}

function warningText(i18n: Translator, warning: SubmissionOutcome['warnings'][number]): string {
  switch (warning.kind) {
    case 'near-copy':
      return i18n.t('appeal.warning.nearCopy', {
        similarity: i18n.percent(warning.similarity, 0),
        attempt: warning.attempt,
      });
    case 'appeal-button-used':
      return i18n.t('appeal.warning.appealButtonUsed');
    case 'attempts-used-up':
      return i18n.t('appeal.warning.attemptsUsedUp');
    case 'already-accepted':
      return i18n.t('appeal.warning.alreadyAccepted');
  }
}
