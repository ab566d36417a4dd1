// Seller Central links in a notice, as https URLs, each once: Amazon's own pages the seller is
// sent to (the notification, the appeal, Account Health). Other links are left out, and so is
// any the external-link allowlist refuses (a marketplace Flagwatch does not know, credentials
// in the address): what is kept can be shown as a link as it is.
import { isAllowedExternalUrl } from '../external-links';

const link =
  /(?<![\w.-])(?:https?:\/\/)?sellercentral(?:-europe|-japan)?\.amazon\.(?:com\.mx|com\.br|com\.be|com\.tr|com\.au|com|ca|co\.uk|co\.jp|de|fr|it|es|nl|pl|se|cn|in|sg|ae|sa)(?![\w-]|\.[\w-])(?:\/[^\s<>"'()[\]{}（）「」、。，]*)?/gi;

export function findSellerCentralLinks(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(link)) {
    const trimmed = match[0].replace(/[.,;:!?]+$/, '');
    const url = /^https?:\/\//i.test(trimmed) ? trimmed.replace(/^http:/i, 'https:') : `https://${trimmed}`;
    if (isAllowedExternalUrl(url) && !found.includes(url)) found.push(url);
  }
  return found;
}
