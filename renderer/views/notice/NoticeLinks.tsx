// The Seller Central links in Amazon's notice, as links the seller can follow. The parser keeps
// only Seller Central's; the external-link allowlist checks each again before it becomes a link.
import { useId } from 'react';
import { useTranslator } from '../../i18n/i18n-context';
import { ExternalLink } from '../support/ExternalLink';

export function NoticeLinks({ links }: { links: readonly string[] }) {
  const i18n = useTranslator();
  const headingId = useId();
  if (links.length === 0) return null;
  return (
    <div>
      <p id={headingId}>{i18n.t('notice.field.links')}</p>
      <ul aria-labelledby={headingId} className="notice-links">
        {links.map((link) => (
          <li key={link}>
            <ExternalLink href={link}>{link}</ExternalLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
