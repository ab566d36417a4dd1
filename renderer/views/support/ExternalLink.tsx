// A link out of the window, only if the external-link allowlist takes it: Seller Central over
// https, mailto: and tel:. It opens beside the window (a new tab in the browser host; in Electron
// the window's open handler checks the allowlist again and hands it to the system browser).
import type { ReactNode } from 'react';
import { isAllowedExternalUrl } from '../../../main/core/external-links';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isAllowedExternalUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
