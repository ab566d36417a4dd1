// A mailbox Flagwatch cannot read is a notice that may never arrive, so it gets a banner above
// every view, not only a line in the mailbox list: the same words as the list, and a link to the
// Accounts view where the mailbox is mended. The list is asked for again whenever the host says
// a mailbox's reading changed.
import { useEffect, useState } from 'react';
import type { MailboxEntry } from '../../preload/contract';
import { useTranslator } from '../i18n/i18n-context';
import { watchText } from '../views/mailboxes/mailbox-words';
import { useApi } from './api-context';
import { Banner } from './Banner';
import { hrefFor } from './route';

export function MailboxBanners({ now }: { now: Date }) {
  const api = useApi();
  const i18n = useTranslator();
  const [entries, setEntries] = useState<readonly MailboxEntry[]>([]);

  useEffect(() => {
    let live = true;
    // A failed listing shows nothing here: the Accounts view says why when it is opened.
    const load = () =>
      api.invoke('mailboxes.list', {}).then(
        (listed) => live && setEntries(listed),
        () => {},
      );
    void load();
    const off = api.on('mailboxes.changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, [api]);

  return entries
    .filter((entry) => entry.watch?.state === 'failing')
    .map(({ config, watch }) => (
      <Banner
        key={config.id}
        title={i18n.t('mailboxes.banner.title', {
          name: i18n.t('mailboxes.name', { user: config.user, host: config.host }),
        })}
        tone="error"
      >
        <p>{watchText(i18n, watch, config, now)}</p>
        <p>
          <a href={hrefFor({ view: 'accounts' })}>{i18n.t('mailboxes.banner.open')}</a>
        </p>
      </Banner>
    ));
}
