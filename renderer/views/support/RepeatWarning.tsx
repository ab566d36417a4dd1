// The warning before a repeat contact: when, how and under which case the same notification was
// raised with Seller Support within the set days, and why that matters.
import type { SupportContact } from '../../../preload/contract';
import { useTranslator } from '../../i18n/i18n-context';

export function RepeatWarning({ contact }: { contact: SupportContact }) {
  const i18n = useTranslator();
  return (
    <p role="alert" className="banner banner-error">
      {i18n.t(contact.caseId === '' ? 'support.repeat' : 'support.repeatWithCase', {
        when: i18n.date(contact.at, 'date'),
        channel: i18n.t(`support.channel.${contact.channel}`),
        caseId: contact.caseId,
      })}
    </p>
  );
}
