// Which links the app may hand to the system (browser, mail client, dialler). Anything else a
// page asks to open is dropped: the window only ever shows our own page.
import { marketplaces } from './catalog/marketplaces';

/** Seller Central hosts, plus the pan-European one that serves every EU marketplace. */
export const sellerCentralHosts: ReadonlySet<string> = new Set([
  ...marketplaces.map((m) => m.sellerCentral),
  'sellercentral-europe.amazon.com',
]);

/**
 * True for https links to Seller Central (exact host, default port, no credentials), and for
 * `mailto:` / `tel:` links with an address. Lookalike hosts, subdomains, http and every other
 * scheme are refused.
 */
export function isAllowedExternalUrl(link: string): boolean {
  if (!URL.canParse(link)) return false;
  const url = new URL(link);
  switch (url.protocol) {
    case 'https:':
      return sellerCentralHosts.has(url.host) && url.username === '' && url.password === '';
    case 'mailto:':
    case 'tel:':
      return url.pathname !== '';
    default:
      return false;
  }
}
