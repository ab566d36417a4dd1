// The appeal workspace's state: the appeal as the host keeps it, the content being edited, and
// how the last save went. Typing changes the content here at once and is autosaved to the host
// after a short pause (and at once on `flush`), so a crash loses at most the last moment of it;
// saving a version, restoring one and recording submissions and answers go straight to the host.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { currentContent, currentVersion } from '../../../main/core/appeal/versions';
import type { MessageKey } from '../../../main/core/i18n/catalogue';
import type {
  Answer,
  AppealContent,
  AppealWorkspace,
  Attachment,
  FlagwatchApi,
  SubmissionChannel,
  SubmissionOutcome,
} from '../../../preload/contract';
import { attempt as attemptKeeping, type Failure } from '../../state/failure';

export interface SubmissionForm {
  channel: SubmissionChannel;
  text: string;
  attachments: Attachment[];
}

export interface AppealState {
  workspace: AppealWorkspace | null;
  /** What the editor shows: the current version, or the newer autosaved draft. */
  content: AppealContent | null;
  /** The draft found on open was newer than the last version and is what the editor shows. */
  restoredDraft: boolean;
  /** When what is on disk was last written (an autosave or a version). */
  savedAt: string | null;
  /** Bumped when the content is replaced from outside the editor (a restore, a link): fields start over. */
  generation: number;
  /** Typing not yet autosaved. */
  unsaved: boolean;
  failure: Failure | null;
  /** A submission the host warned about and did not record, waiting for "Record anyway". */
  warned: (SubmissionOutcome & { form: SubmissionForm }) | null;

  load(): Promise<void>;
  edit(change: (content: AppealContent) => AppealContent): void;
  /** Autosaves now what is not saved yet. */
  flush(): Promise<void>;
  saveVersion(): Promise<void>;
  restore(version: number): Promise<void>;
  link(notificationId: string): Promise<void>;
  /** Resolves to whether it was recorded. */
  recordSubmission(form: SubmissionForm, confirmed: boolean): Promise<boolean>;
  dismissWarning(): void;
  recordAnswer(attempt: number, answer: Answer): Promise<void>;
  /** Stops the autosave timer (the view closes; `flush` first). */
  dispose(): void;
}

export type AppealStore = StoreApi<AppealState>;

export interface AppealStoreOptions {
  /** The pause in typing after which it is autosaved. */
  autosaveMs?: number;
  now?: () => Date;
}

export const autosaveDelayMs = 500;

export function createAppealStore(api: FlagwatchApi, id: string, options: AppealStoreOptions = {}): AppealStore {
  const delay = options.autosaveMs ?? autosaveDelayMs;
  const now = options.now ?? (() => new Date());
  return createStore<AppealState>()((set, get) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Each edit bumps it; an autosave marks saved only what it carried.
    let revision = 0;

    function cancelTimer() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    }

    const attempt = (action: MessageKey, run: () => Promise<void>) =>
      attemptKeeping(action, run, (failure) => set({ failure }));

    /**
     * The host's answer after a version was saved: the editor shows that version, unless the
     * seller typed on while it was being saved (`carried` is then behind): that typing stays.
     */
    function saved(workspace: AppealWorkspace, carried = revision) {
      const savedAt = currentVersion(workspace.appeal).savedAt;
      if (carried !== revision) return set({ workspace, restoredDraft: false, savedAt });
      cancelTimer();
      set({ workspace, content: currentContent(workspace.appeal), restoredDraft: false, unsaved: false, savedAt });
    }

    return {
      workspace: null,
      content: null,
      restoredDraft: false,
      savedAt: null,
      generation: 0,
      unsaved: false,
      failure: null,
      warned: null,

      load: async () => {
        await attempt('appeal.action.load', async () => {
          const workspace = await api.invoke('appeals.get', { id });
          const version = currentVersion(workspace.appeal);
          const draft = workspace.draft;
          const newer =
            draft !== null &&
            draft.savedAt >= version.savedAt &&
            JSON.stringify(draft.content) !== JSON.stringify(version.content);
          set({
            workspace,
            content: newer ? draft.content : version.content,
            restoredDraft: newer,
            savedAt: newer ? draft.savedAt : version.savedAt,
          });
        });
      },
      edit: (change) => {
        const content = get().content;
        if (content === null) return;
        revision++;
        set({ content: change(content), unsaved: true });
        cancelTimer();
        timer = setTimeout(() => void get().flush(), delay);
      },
      flush: async () => {
        cancelTimer();
        const { content, unsaved } = get();
        if (content === null || !unsaved) return;
        const carried = revision;
        await attempt('appeal.action.autosave', async () => {
          const { savedAt } = await api.invoke('appeals.autosave', { id, content });
          set(revision === carried ? { savedAt, unsaved: false } : { savedAt });
        });
      },
      saveVersion: async () => {
        const content = get().content;
        if (content === null) return;
        const carried = revision;
        await attempt('appeal.action.saveVersion', async () =>
          saved(await api.invoke('appeals.saveVersion', { id, content }), carried),
        );
      },
      restore: async (version) => {
        // What is on screen is kept as a version first: restoring an older one never loses it.
        await get().saveVersion();
        await attempt('appeal.action.restore', async () => {
          saved(await api.invoke('appeals.restoreVersion', { id, version }));
          set({ generation: get().generation + 1 });
        });
      },
      link: async (notificationId) => {
        // What was typed goes into a version first, so linking (which saves one) keeps it.
        await get().saveVersion();
        await attempt('appeal.action.link', async () => {
          saved(await api.invoke('appeals.link', { id, notificationId }));
          set({ generation: get().generation + 1 });
        });
      },
      recordSubmission: async (form, confirmed) => {
        let recorded = false;
        // A submission is recorded against the current version: what is on screen becomes it.
        await get().saveVersion();
        await attempt('appeal.action.recordSubmission', async () => {
          const outcome = await api.invoke('appeals.recordSubmission', {
            id,
            at: now().toISOString(),
            ...form,
            confirmed,
          });
          recorded = outcome.recorded;
          set({ workspace: outcome.workspace, warned: outcome.recorded ? null : { ...outcome, form } });
        });
        return recorded;
      },
      dismissWarning: () => set({ warned: null }),
      recordAnswer: async (attemptIndex, answer) => {
        await attempt('appeal.action.recordAnswer', async () =>
          set({ workspace: await api.invoke('appeals.recordAnswer', { id, attempt: attemptIndex, answer }) }),
        );
      },
      dispose: cancelTimer,
    };
  });
}
