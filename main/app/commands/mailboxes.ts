// The mailbox commands: list, save, remove and test the mailboxes Flagwatch reads Amazon's
// notices from. Configs go to mailboxes.json; the password or token only to the Secrets port,
// and never back out through an answer or an error. A save that changes the server, port,
// security, sign-in or user needs the secret again, so a stored password never goes to a server
// it was not given for. The IMAP connection itself is behind `testConnection`, handed in.
import type { Translator } from '../../core/i18n/translator';
import {
  MailboxSaveRequestSchema,
  type MailboxEntry,
  type MailboxesDocument,
  type MailboxTestResult,
  type MailboxWatch,
} from '../../core/mailbox/mailbox-commands';
import { mailboxSecretKey, serverIdentity, type MailboxConfig } from '../../core/mailbox/mailbox-config';
import { mailboxFailureText, type MailboxProbe } from '../../core/mailbox/mailbox-failure';
import { NotFoundError } from '../dispatch';
import type { DocumentStore, Secrets } from '../ports';

export interface MailboxHandlerDeps {
  mailboxes: DocumentStore<MailboxesDocument>;
  secrets: Secrets;
  testConnection: (config: MailboxConfig, secret: string) => Promise<MailboxProbe>;
  now: () => Date;
  translator: () => Translator;
  newId?: () => string;
  /** How the running app reads each mailbox; absent where none is read. */
  watchOf?: (mailboxId: string) => MailboxWatch | null;
}

export interface MailboxHandlers {
  'mailboxes.list'(): Promise<MailboxEntry[]>;
  'mailboxes.save'(request: unknown): Promise<MailboxConfig>;
  /** Removes the mailbox and its secret; answers the mailboxes left. */
  'mailboxes.remove'(request: { id: string }): Promise<MailboxEntry[]>;
  'mailboxes.test'(request: { id: string }): Promise<MailboxTestResult>;
}

/** A save that cannot be accepted, in words the seller can act on. */
export class MailboxConfigError extends Error {
  override name = 'MailboxConfigError';
}

export function createMailboxHandlers(deps: MailboxHandlerDeps): MailboxHandlers {
  const { mailboxes, secrets } = deps;
  const newId = deps.newId ?? (() => `imap-${crypto.randomUUID()}`);

  const find = (id: string): MailboxConfig => {
    const config = mailboxes.read().mailboxes.find((each) => each.id === id);
    if (!config) throw new NotFoundError(deps.translator().t('mailbox.error.notFound', { id }));
    return config;
  };

  const list = async (): Promise<MailboxEntry[]> => {
    const { mailboxes: configs, lastTests } = mailboxes.read();
    return Promise.all(
      configs.map(async (config) => ({
        config,
        hasSecret: (await secrets.get(mailboxSecretKey(config.id))) !== undefined,
        lastTest: lastTests[config.id] ?? null,
        watch: deps.watchOf?.(config.id) ?? null,
      })),
    );
  };

  return {
    'mailboxes.list': list,

    async 'mailboxes.save'(request) {
      const t = deps.translator();
      const checked = MailboxSaveRequestSchema.safeParse(request);
      if (!checked.success) {
        const fields = [
          ...new Set(checked.error.issues.map((issue) => issue.path.at(-1)).filter((p) => p !== undefined)),
        ];
        throw new MailboxConfigError(t.t('mailbox.error.invalid', { fields: fields.join(', ') }));
      }
      const { config: draft, secret } = checked.data;
      const previous = draft.id === undefined ? undefined : find(draft.id);
      if (!previous && secret === undefined) throw new MailboxConfigError(t.t('mailbox.error.newNeedsSecret'));
      if (previous && serverIdentity(previous) !== serverIdentity(draft) && secret === undefined) {
        throw new MailboxConfigError(t.t('mailbox.error.serverChanged'));
      }
      const config: MailboxConfig = { ...draft, id: previous?.id ?? newId() };
      if (secret !== undefined) await secrets.set(mailboxSecretKey(config.id), secret);
      const document = mailboxes.read();
      // A changed config makes the last test's answer stale.
      const { [config.id]: _stale, ...lastTests } = document.lastTests;
      const others = document.mailboxes.filter((each) => each.id !== config.id);
      const position = previous ? document.mailboxes.findIndex((each) => each.id === config.id) : others.length;
      mailboxes.write({ mailboxes: others.toSpliced(position, 0, config), lastTests });
      return config;
    },

    async 'mailboxes.remove'({ id }) {
      find(id);
      await secrets.delete(mailboxSecretKey(id));
      const document = mailboxes.read();
      const { [id]: _removed, ...lastTests } = document.lastTests;
      mailboxes.write({ mailboxes: document.mailboxes.filter((each) => each.id !== id), lastTests });
      return list();
    },

    async 'mailboxes.test'({ id }) {
      const config = find(id);
      const secret = await secrets.get(mailboxSecretKey(id));
      const probe: MailboxProbe | { ok: false; kind: 'missing-secret' } = secret
        ? await deps.testConnection(config, secret).catch(() => ({ ok: false, kind: 'unexpected' }) as const)
        : { ok: false, kind: 'missing-secret' };
      // The server may take seconds to answer: the words are those of the language by then.
      const t = deps.translator();
      const result: MailboxTestResult = probe.ok
        ? { ok: true, folders: probe.folders, message: t.t('mailbox.test.ok', { folders: probe.folders.join(', ') }) }
        : { ok: false, kind: probe.kind, message: mailboxFailureText(t, probe.kind, config.host) };
      const document = mailboxes.read();
      // The mailbox may have been removed while the server was answering.
      if (document.mailboxes.some((each) => each.id === id)) {
        mailboxes.write({
          ...document,
          lastTests: { ...document.lastTests, [id]: { at: deps.now().toISOString(), result } },
        });
      }
      return result;
    },
  };
}

/** Where no mailbox file is open (the app over memory stores): none listed, none can be added. */
export function noMailboxHandlers(translator: () => Translator): MailboxHandlers {
  const refuse = async (): Promise<never> => {
    throw new MailboxConfigError(translator().t('mailbox.error.unavailable'));
  };
  return {
    'mailboxes.list': async () => [],
    'mailboxes.save': refuse,
    'mailboxes.remove': refuse,
    'mailboxes.test': refuse,
  };
}
