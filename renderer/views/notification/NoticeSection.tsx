// Amazon's own notice attached to a notification a report inferred: its full text, as text,
// with when and how it arrived. A notification made from the notice already shows that text.
import { useId } from 'react';
import type { NoticeAttachment } from '../../../preload/contract';
import { formatDateTime } from '../../format/dates';
import { useTranslator } from '../../i18n/i18n-context';

export function NoticeSection({ notice }: { notice: NoticeAttachment }) {
  const i18n = useTranslator();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="notice-section">
      <h3 id={headingId}>{i18n.t('notice.detail.heading')}</h3>
      <p className="form-hint">
        {i18n.t('notice.detail.received', {
          when: formatDateTime(i18n, notice.receivedAt),
          origin: i18n.t(`notice.origin.${notice.origin}`),
        })}
      </p>
      <p className="detail-text">{notice.text}</p>
    </section>
  );
}
