// Amazon marketplaces Flagwatch knows, with the Seller Central domain each seller signs in to.
// Ids are Amazon's marketplace ids (SP-API `marketplaceIds`).
export interface Marketplace {
  id: string;
  code: string;
  name: string;
  sellerCentral: string;
  /**
   * Where a date Amazon states for this marketplace ends ("by 5 December"): its local time, in its
   * easternmost mainland zone where it spans several, so a deadline is never later than Amazon's.
   */
  timeZone: string;
}

export const marketplaces: readonly Marketplace[] = [
  {
    id: 'ATVPDKIKX0DER',
    code: 'US',
    name: 'United States',
    sellerCentral: 'sellercentral.amazon.com',
    timeZone: 'America/New_York',
  },
  {
    id: 'A2EUQ1WTGCTBG2',
    code: 'CA',
    name: 'Canada',
    sellerCentral: 'sellercentral.amazon.ca',
    timeZone: 'America/Halifax',
  },
  {
    id: 'A1AM78C64UM0Y8',
    code: 'MX',
    name: 'Mexico',
    sellerCentral: 'sellercentral.amazon.com.mx',
    timeZone: 'America/Cancun',
  },
  {
    id: 'A2Q3Y263D00KWC',
    code: 'BR',
    name: 'Brazil',
    sellerCentral: 'sellercentral.amazon.com.br',
    timeZone: 'America/Sao_Paulo',
  },
  {
    id: 'A1F83G8C2ARO7P',
    code: 'UK',
    name: 'United Kingdom',
    sellerCentral: 'sellercentral.amazon.co.uk',
    timeZone: 'Europe/London',
  },
  {
    id: 'A1PA6795UKMFR9',
    code: 'DE',
    name: 'Germany',
    sellerCentral: 'sellercentral.amazon.de',
    timeZone: 'Europe/Berlin',
  },
  {
    id: 'A13V1IB3VIYZZH',
    code: 'FR',
    name: 'France',
    sellerCentral: 'sellercentral.amazon.fr',
    timeZone: 'Europe/Paris',
  },
  { id: 'APJ6JRA9NG5V4', code: 'IT', name: 'Italy', sellerCentral: 'sellercentral.amazon.it', timeZone: 'Europe/Rome' },
  {
    id: 'A1RKKUPIHCS9HS',
    code: 'ES',
    name: 'Spain',
    sellerCentral: 'sellercentral.amazon.es',
    timeZone: 'Europe/Madrid',
  },
  {
    id: 'A1805IZSGTT6HS',
    code: 'NL',
    name: 'Netherlands',
    sellerCentral: 'sellercentral.amazon.nl',
    timeZone: 'Europe/Amsterdam',
  },
  {
    id: 'A1C3SOZRARQ6R3',
    code: 'PL',
    name: 'Poland',
    sellerCentral: 'sellercentral.amazon.pl',
    timeZone: 'Europe/Warsaw',
  },
  {
    id: 'A2NODRKZP88ZB9',
    code: 'SE',
    name: 'Sweden',
    sellerCentral: 'sellercentral.amazon.se',
    timeZone: 'Europe/Stockholm',
  },
  {
    id: 'AMEN7PMS3EDWL',
    code: 'BE',
    name: 'Belgium',
    sellerCentral: 'sellercentral.amazon.com.be',
    timeZone: 'Europe/Brussels',
  },
  {
    id: 'A33AVAJ2PDY3EV',
    code: 'TR',
    name: 'Turkey',
    sellerCentral: 'sellercentral.amazon.com.tr',
    timeZone: 'Europe/Istanbul',
  },
  {
    id: 'A1VC38T7YXB528',
    code: 'JP',
    name: 'Japan',
    sellerCentral: 'sellercentral.amazon.co.jp',
    timeZone: 'Asia/Tokyo',
  },
  {
    id: 'A39IBJ37TRP1C6',
    code: 'AU',
    name: 'Australia',
    sellerCentral: 'sellercentral.amazon.com.au',
    timeZone: 'Australia/Sydney',
  },
  {
    id: 'A21TJRUUN4KGV',
    code: 'IN',
    name: 'India',
    sellerCentral: 'sellercentral.amazon.in',
    timeZone: 'Asia/Kolkata',
  },
];

const byId = new Map(marketplaces.map((m) => [m.id, m]));

/** The marketplace with this id, or a placeholder that still names it (sources may report ids we do not list). */
export function marketplaceById(id: string): Marketplace {
  // An unknown marketplace's day ends where days end first (UTC+14): never later than Amazon's.
  return byId.get(id) ?? { id, code: id, name: id, sellerCentral: 'sellercentral.amazon.com', timeZone: 'Etc/GMT-14' };
}
