// Which links the app may hand to the system (browser, mail client, dialler). Anything else a
// page asks to open is dropped: the window only ever shows our own page.
import { marketplaces } from './catalog/marketplaces';

/** Seller Central hosts, plus the pan-European one that serves every EU marketplace and the
 * Japanese one Amazon's Japanese notices link to. */
export const sellerCentralHosts: ReadonlySet<string> = new Set([
  ...marketplaces.map((m) => m.sellerCentral),
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
]);

/** The mailto: fields a support mail needs; anything else (attach=, attachment=…) is refused. */
const mailFields: ReadonlySet<string> = new Set(['subject', 'body', 'cc', 'bcc', 'to']);

/**
 * True for https links to Seller Central (exact host, default port, no credentials), and for
 * `mailto:` links with an address and only
 * subject/body/cc/bcc/to fields, and `tel:` links with a number. Lookalike hosts, subdomains, http and every other
 * scheme are refused.
 */
export function isAllowedExternalUrl(link: string): boolean {
  if (!URL.canParse(link)) return false;
  const url = new URL(link);
  switch (url.protocol) {
    case 'https:':
      return sellerCentralHosts.has(url.host) && url.username === '' && url.password === '';
    case 'mailto:':
      // A mail client may honour attach=/attachment= and send a local file along.
      return url.pathname !== '' && [...url.searchParams.keys()].every((key) => mailFields.has(key.toLowerCase()));
    case 'tel:':
      return url.pathname !== '' && url.search === '';
    default:
      return false;
  }
}
