// A mailbox's test answer and reading state in the window's language, rebuilt from what the
// host found (a kind, folders, times), so they read right after a language switch too.
import { mailboxFailureText } from '../../../main/core/mailbox/mailbox-failure';
import type { Translator } from '../../../main/core/i18n/translator';
import type { MailboxConfig, MailboxTestResult, MailboxWatch } from '../../../preload/contract';
import { formatMoment } from '../../format/dates';

export function testAnswerText(t: Translator, result: MailboxTestResult, host: string): string {
  return result.ok
    ? t.t('mailbox.test.ok', { folders: t.list(result.folders) })
    : mailboxFailureText(t, result.kind, host);
}

export function watchText(t: Translator, watch: MailboxWatch | null, config: MailboxConfig, now: Date): string {
  if (watch === null) return t.t('mailboxes.watch.off');
  if (watch.state === 'starting') return t.t('mailboxes.watch.starting');
  if (watch.state === 'failing') {
    const reason = mailboxFailureText(t, watch.failure ?? 'unexpected', config.host);
    return t.t('mailboxes.watch.failing', { reason, when: formatMoment(t, watch.retryAt ?? now.toISOString(), now) });
  }
  const folders = t.list(watch.folders);
  return watch.lastSyncAt === null
    ? t.t('mailboxes.watch.watching', { folders })
    : t.t('mailboxes.watch.lastSync', { folders, when: formatMoment(t, watch.lastSyncAt, now) });
}
