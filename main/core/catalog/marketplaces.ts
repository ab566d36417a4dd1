// Amazon marketplaces Flagwatch knows, with the Seller Central domain each seller signs in to.
// Ids are Amazon's marketplace ids (SP-API `marketplaceIds`).
export interface Marketplace {
  id: string;
  code: string;
  name: string;
  sellerCentral: string;
}

export const marketplaces: readonly Marketplace[] = [
  { id: 'ATVPDKIKX0DER', code: 'US', name: 'United States', sellerCentral: 'sellercentral.amazon.com' },
  { id: 'A2EUQ1WTGCTBG2', code: 'CA', name: 'Canada', sellerCentral: 'sellercentral.amazon.ca' },
  { id: 'A1AM78C64UM0Y8', code: 'MX', name: 'Mexico', sellerCentral: 'sellercentral.amazon.com.mx' },
  { id: 'A2Q3Y263D00KWC', code: 'BR', name: 'Brazil', sellerCentral: 'sellercentral.amazon.com.br' },
  { id: 'A1F83G8C2ARO7P', code: 'UK', name: 'United Kingdom', sellerCentral: 'sellercentral.amazon.co.uk' },
  { id: 'A1PA6795UKMFR9', code: 'DE', name: 'Germany', sellerCentral: 'sellercentral.amazon.de' },
  { id: 'A13V1IB3VIYZZH', code: 'FR', name: 'France', sellerCentral: 'sellercentral.amazon.fr' },
  { id: 'APJ6JRA9NG5V4', code: 'IT', name: 'Italy', sellerCentral: 'sellercentral.amazon.it' },
  { id: 'A1RKKUPIHCS9HS', code: 'ES', name: 'Spain', sellerCentral: 'sellercentral.amazon.es' },
  { id: 'A1805IZSGTT6HS', code: 'NL', name: 'Netherlands', sellerCentral: 'sellercentral.amazon.nl' },
  { id: 'A1C3SOZRARQ6R3', code: 'PL', name: 'Poland', sellerCentral: 'sellercentral.amazon.pl' },
  { id: 'A2NODRKZP88ZB9', code: 'SE', name: 'Sweden', sellerCentral: 'sellercentral.amazon.se' },
  { id: 'AMEN7PMS3EDWL', code: 'BE', name: 'Belgium', sellerCentral: 'sellercentral.amazon.com.be' },
  { id: 'A33AVAJ2PDY3EV', code: 'TR', name: 'Turkey', sellerCentral: 'sellercentral.amazon.com.tr' },
  { id: 'A1VC38T7YXB528', code: 'JP', name: 'Japan', sellerCentral: 'sellercentral.amazon.co.jp' },
  { id: 'A39IBJ37TRP1C6', code: 'AU', name: 'Australia', sellerCentral: 'sellercentral.amazon.com.au' },
  { id: 'A21TJRUUN4KGV', code: 'IN', name: 'India', sellerCentral: 'sellercentral.amazon.in' },
];

const byId = new Map(marketplaces.map((m) => [m.id, m]));

/** The marketplace with this id, or a placeholder that still names it (sources may report ids we do not list). */
export function marketplaceById(id: string): Marketplace {
  return byId.get(id) ?? { id, code: id, name: id, sellerCentral: 'sellercentral.amazon.com' };
}
