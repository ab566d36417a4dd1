// Seller Support's entry points on a marketplace's own Seller Central domain: Contact us (where the
// seller picks email or chat), the performance call-back (Amazon calls the seller back; there are
// no public phone numbers), Performance Notifications and Account Health. Paths as Seller Central
// serves them on every domain; the window opens them only through the external-link allowlist.
import { marketplaceById } from '../catalog/marketplaces';

export const supportLinkKinds = ['email', 'phone', 'chat', 'notifications', 'accountHealth'] as const;
export type SupportLinkKind = (typeof supportLinkKinds)[number];

export interface SupportLink {
  kind: SupportLinkKind;
  url: string;
}

const paths: Readonly<Record<SupportLinkKind, string>> = {
  // Email and chat are both chosen on Contact us, after the category: the same page.
  email: '/cu/contact-us',
  phone: '/hz/contact-us/performance',
  chat: '/cu/contact-us',
  notifications: '/gp/customer-experience/perf-notifications.html',
  accountHealth: '/performance/dashboard',
};

/** The links for the marketplace with this id (the US domain for one Flagwatch does not list). */
export function supportLinks(marketplaceId: string): SupportLink[] {
  const host = marketplaceById(marketplaceId).sellerCentral;
  return supportLinkKinds.map((kind) => ({ kind, url: `https://${host}${paths[kind]}` }));
}
