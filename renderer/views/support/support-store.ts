// The Help view's state: the Seller Support contact log, the repeat-contact window from the
// settings, and recording a contact (held back, with the earlier one, when it repeats). Its own
// small store, made per view.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContactChannel, FlagwatchApi, SupportContact } from '../../../preload/contract';
import { failureOf, type Failure } from '../../state/failure';

export interface ContactForm {
  at: string;
  channel: ContactChannel;
  caseId: string;
  note: string;
  notificationId: string | null;
}

export interface SupportState {
  contacts: SupportContact[] | null;
  /** The supportRepeatDays setting; null until loaded. */
  repeatDays: number | null;
  /** A contact the host held back as a repeat of this earlier one, waiting for "Record anyway". */
  heldBack: { form: ContactForm; repeatOf: SupportContact } | null;
  recorded: boolean;
  problem: Failure | null;
  load(): Promise<void>;
  /** Resolves to whether it was recorded. */
  record(form: ContactForm, confirmed: boolean): Promise<boolean>;
  saveRepeatDays(days: number): Promise<void>;
}

export type SupportStore = StoreApi<SupportState>;

export function createSupportStore(api: FlagwatchApi): SupportStore {
  return createStore<SupportState>()((set) => ({
    contacts: null,
    repeatDays: null,
    heldBack: null,
    recorded: false,
    problem: null,
    load: async () => {
      try {
        const [contacts, settings] = await Promise.all([
          api.invoke('support.contacts', {}),
          api.invoke('settings.get', {}),
        ]);
        set({ contacts, repeatDays: settings.supportRepeatDays, problem: null });
      } catch (error) {
        set({ problem: failureOf('support.action.load', error) });
      }
    },
    record: async (form, confirmed) => {
      try {
        const answer = await api.invoke('support.recordContact', { ...form, confirmed });
        set({
          contacts: answer.contacts,
          heldBack: answer.recorded || answer.repeatOf === null ? null : { form, repeatOf: answer.repeatOf },
          recorded: answer.recorded,
          problem: null,
        });
        return answer.recorded;
      } catch (error) {
        set({ problem: failureOf('support.action.record', error), recorded: false });
        return false;
      }
    },
    saveRepeatDays: async (days) => {
      try {
        const settings = await api.invoke('settings.update', { supportRepeatDays: days });
        set({ repeatDays: settings.supportRepeatDays, problem: null });
      } catch (error) {
        set({ problem: failureOf('support.action.window', error) });
      }
    },
  }));
}
