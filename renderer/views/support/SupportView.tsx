// The Help view (Seller Central's Help menu, at hand): for the chosen notification's marketplace,
// the ways to Seller Support (email, a call-back, chat), Performance Notifications and Account
// Health on that marketplace's own Seller Central; the case summary to paste; and the local log
// of contacts, which warns before a repeat about the same notification within the set days.
import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import { marketplaceById, marketplaces as catalog } from '../../../main/core/catalog/marketplaces';
import { recentContact } from '../../../main/core/support/contact-log';
import { supportLinks, type SupportLinkKind } from '../../../main/core/support/support-links';
import type { InboxView } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { accountName } from '../../state/inbox-selectors';
import { failureText } from '../../state/failure';
import '../../styles/forms.css';
import { CaseSummary } from './CaseSummary';
import { ContactLog } from './ContactLog';
import { ExternalLink } from './ExternalLink';
import { RepeatWarning } from './RepeatWarning';
import { createSupportStore } from './support-store';
import './support.css';

const hintKeys: Readonly<Record<SupportLinkKind, `support.link.${SupportLinkKind}.hint`>> = {
  email: 'support.link.email.hint',
  phone: 'support.link.phone.hint',
  chat: 'support.link.chat.hint',
  notifications: 'support.link.notifications.hint',
  accountHealth: 'support.link.accountHealth.hint',
};

export default function SupportView({ notificationId }: { notificationId: string | null }) {
  const api = useApi();
  const [store] = useState(() => createSupportStore(api));
  const contacts = useStore(store, (s) => s.contacts);
  const repeatDays = useStore(store, (s) => s.repeatDays);
  const problem = useStore(store, (s) => s.problem);
  const inbox = useFlagwatch((s) => s.inbox);
  const i18n = useTranslator();
  const now = useNow();
  const headingId = useId();
  const pickId = useId();
  const marketplaceId = useId();

  useEffect(() => void store.getState().load(), [store]);

  const notification = inbox?.notifications.find((n) => n.id === notificationId) ?? null;
  const [chosenMarketplace, setChosenMarketplace] = useState<string | null>(null);
  const marketplaces = marketplacesOf(inbox);
  const marketplace = notification?.marketplaceId ?? chosenMarketplace ?? marketplaces[0]!;
  const repeat =
    contacts === null || repeatDays === null ? null : recentContact(contacts, notificationId, now, repeatDays);
  const open = inbox?.notifications.filter((n) => n.status === 'open' || n.id === notificationId) ?? [];

  return (
    <section aria-labelledby={headingId} className="support">
      <h2 id={headingId}>{i18n.t('support.title')}</h2>
      <p>{i18n.t('support.intro')}</p>
      {problem && <p role="alert">{failureText(i18n, problem)}</p>}

      <div className="form-field">
        <label htmlFor={pickId}>{i18n.t('support.notification')}</label>
        <select
          id={pickId}
          value={notificationId ?? ''}
          onChange={(e) => navigate({ view: 'help', notificationId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{i18n.t('support.notification.none')}</option>
          {open.map((n) => (
            <option key={n.id} value={n.id}>
              {[n.title, inbox ? accountName(inbox, n.accountId) : null, marketplaceById(n.marketplaceId).code]
                .filter((part) => part !== null)
                .join(' · ')}
            </option>
          ))}
        </select>
      </div>
      {notification === null && (
        <div className="form-field">
          <label htmlFor={marketplaceId}>{i18n.t('support.marketplace.pick')}</label>
          <select id={marketplaceId} value={marketplace} onChange={(e) => setChosenMarketplace(e.target.value)}>
            {marketplaces.map((id) => (
              <option key={id} value={id}>
                {marketplaceLabel(i18n, id)}
              </option>
            ))}
          </select>
        </div>
      )}

      {repeat && <RepeatWarning contact={repeat} />}

      <nav aria-label={i18n.t('support.links')} className="support-links">
        <h3>{i18n.t('support.marketplace', { marketplace: marketplaceLabel(i18n, marketplace) })}</h3>
        <ul>
          {supportLinks(marketplace).map((link) => (
            <li key={link.kind}>
              <ExternalLink href={link.url}>{i18n.t(`support.link.${link.kind}`)}</ExternalLink>
              <span className="form-hint">
                {i18n.t(hintKeys[link.kind])} {i18n.t('support.link.opens', { host: new URL(link.url).host })}
              </span>
            </li>
          ))}
        </ul>
      </nav>

      <CaseSummary {...(notificationId === null ? {} : { notificationId })} />
      <ContactLog store={store} notificationId={notificationId} />
    </section>
  );
}

/** The marketplaces the seller's accounts sell on, in the order the accounts list them; never none. */
function marketplacesOf(inbox: InboxView | null): string[] {
  const ids = inbox?.accounts.flatMap((a) => a.marketplaceIds) ?? [];
  return [...new Set(ids.length > 0 ? ids : catalog.map((m) => m.id))];
}
