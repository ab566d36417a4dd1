// The contract's appeal commands: start an appeal (from a notification or blank), keep what is
// typed (autosave, a small drafts file), save versions, record what was submitted to Amazon and
// Amazon's answer. Nothing here submits anything to Amazon. What the seller types is never
// refused; warnings come back for the window to show before a submission is recorded.
import type { CommandHandlers } from '../../../preload/contract';
import type { Appeal } from '../../core/appeal/appeal-schema';
import { appealSummary } from '../../core/appeal/appeal-summary';
import type { AppealWorkspace } from '../../core/appeal/appeal-views';
import { recordAnswer, recordAttempt, submissionWarnings } from '../../core/appeal/attempts';
import { linkNotification, newAppeal } from '../../core/appeal/new-appeal';
import { restoreVersion, saveVersion } from '../../core/appeal/versions';
import type { Translator } from '../../core/i18n/translator';
import type { PerformanceNotification } from '../../core/schema';
import { NotFoundError } from '../dispatch';
import type { InboxKeeper } from '../inbox-keeper';
import { exportAppeal } from '../appeal-export';
import type { Clock, Stores } from '../ports';
import type { RecordPdfWriter } from '../ports/record-pdf';

export type AppealHandlers = Pick<
  CommandHandlers,
  | 'appeals.list'
  | 'appeals.get'
  | 'appeals.create'
  | 'appeals.link'
  | 'appeals.autosave'
  | 'appeals.saveVersion'
  | 'appeals.restoreVersion'
  | 'appeals.recordSubmission'
  | 'appeals.recordAnswer'
  | 'appeals.export'
>;

export interface AppealHandlerDeps {
  stores: Pick<Stores, 'appeals' | 'appealDrafts'>;
  inbox: Pick<InboxKeeper, 'inbox' | 'update'>;
  clock: Clock;
  /** The app's language: a new appeal is written in it unless the window says otherwise, and errors are. */
  translator(): Translator;
  /** Id of a new appeal; random by default. */
  newId?: () => string;
  /** Lays an appeal record out as PDF; without one, a PDF export is refused. */
  recordPdf?: RecordPdfWriter;
}

export function createAppealHandlers(deps: AppealHandlerDeps): AppealHandlers {
  const { stores, clock } = deps;
  const newId = deps.newId ?? (() => `appeal-${crypto.randomUUID()}`);
  const now = () => clock.now().toISOString();

  function find(id: string): Appeal {
    const appeal = stores
      .appeals()
      .read()
      .appeals.find((a) => a.id === id);
    if (!appeal) throw new NotFoundError(deps.translator().t('errors.notFound.appeal', { id }));
    return appeal;
  }

  function notification(id: string): PerformanceNotification {
    const found = deps.inbox.inbox().notifications.find((n) => n.id === id);
    if (!found) throw new NotFoundError(deps.translator().t('errors.notFound.notification', { id }));
    return found;
  }

  function workspace(appeal: Appeal): AppealWorkspace {
    return { appeal, draft: stores.appealDrafts().read().drafts[appeal.id] ?? null };
  }

  /** Saves the appeal (new or changed) in place, keeping the others' order. */
  function put(appeal: Appeal): void {
    const { appeals } = stores.appeals().read();
    const at = appeals.findIndex((a) => a.id === appeal.id);
    stores.appeals().write({ appeals: at === -1 ? [...appeals, appeal] : appeals.with(at, appeal) });
  }

  /** The draft is folded into a version (or given up for an older one): the file forgets it. */
  function dropDraft(id: string): void {
    const { drafts } = stores.appealDrafts().read();
    if (!Object.hasOwn(drafts, id)) return;
    const { [id]: _dropped, ...rest } = drafts;
    stores.appealDrafts().write({ drafts: rest });
  }

  function saved(appeal: Appeal): AppealWorkspace {
    put(appeal);
    dropDraft(appeal.id);
    return workspace(appeal);
  }

  return {
    'appeals.list': () => {
      const byId = new Map(deps.inbox.inbox().notifications.map((n) => [n.id, n]));
      return stores
        .appeals()
        .read()
        .appeals.map((a) => appealSummary(a, a.notificationId === null ? undefined : byId.get(a.notificationId)))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    },
    'appeals.get': ({ id }) => workspace(find(id)),
    'appeals.create': ({ notificationId, language }) => {
      const from = notificationId === undefined ? undefined : notification(notificationId);
      const appeal = newAppeal({
        id: newId(),
        now: now(),
        language: language ?? deps.translator().locale,
        notification: from,
      });
      put(appeal);
      return workspace(appeal);
    },
    'appeals.link': ({ id, notificationId }) => {
      const appeal = linkNotification(find(id), notification(notificationId), now());
      put(appeal);
      return workspace(appeal);
    },
    'appeals.autosave': ({ id, content }) => {
      find(id);
      const savedAt = now();
      const { drafts } = stores.appealDrafts().read();
      stores.appealDrafts().write({ drafts: { ...drafts, [id]: { content, savedAt } } });
      return { savedAt };
    },
    'appeals.saveVersion': ({ id, content }) => saved(saveVersion(find(id), content, now())),
    'appeals.restoreVersion': ({ id, version }) => {
      const appeal = find(id);
      if (!appeal.versions.some((v) => v.n === version)) {
        throw new NotFoundError(deps.translator().t('errors.notFound.appealVersion', { id, version }));
      }
      return saved(restoreVersion(appeal, version, now()));
    },
    'appeals.recordSubmission': ({ id, at, channel, text, attachments, confirmed }) => {
      const appeal = find(id);
      const warnings = submissionWarnings(appeal, { channel, text });
      if (warnings.length > 0 && !confirmed) return { recorded: false, warnings, workspace: workspace(appeal) };
      const recorded = recordAttempt(appeal, { at, channel, text, attachments }).appeal;
      put(recorded);
      return { recorded: true, warnings, workspace: workspace(recorded) };
    },
    'appeals.recordAnswer': ({ id, attempt, answer }) => {
      const appeal = find(id);
      if (attempt >= appeal.attempts.length) {
        throw new NotFoundError(deps.translator().t('errors.notFound.appealAttempt', { id, attempt: attempt + 1 }));
      }
      const result = recordAnswer(appeal, attempt, answer);
      put(result.appeal);
      const resolve = result.resolveNotificationId;
      if (resolve !== null && deps.inbox.inbox().notifications.some((n) => n.id === resolve)) {
        deps.inbox.update(resolve, (n) => ({ ...n, status: 'resolved', resolvedAt: answer.at, resolvedBy: 'appeal' }));
      }
      return workspace(result.appeal);
    },
    'appeals.export': ({ id, format }) => {
      const appeal = find(id);
      const t = deps.translator();
      const pdf = deps.recordPdf ?? (() => Promise.reject(new Error(t.t('appealRecord.pdf.unavailable'))));
      return exportAppeal(appeal, format, { inbox: deps.inbox.inbox(), t, pdf });
    },
  };
}
