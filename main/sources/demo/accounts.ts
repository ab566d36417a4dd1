// The two simulated seller accounts: data only. One is healthy, one is in trouble, both sell
// on Amazon.com and Amazon.de, so a first run shows every part of the app at work.

export const US = 'ATVPDKIKX0DER';
export const DE = 'A1PA6795UKMFR9';

export interface DemoAccount {
  id: string;
  name: string;
  sellerId: string;
  marketplaceIds: readonly string[];
  /** Adjective the summary uses ("healthy", "needs attention"). */
  condition: string;
  /**
   * Where in-target rate and score readings sit between the target (0) and the best possible
   * value (1): a healthy account has room to spare, a troubled one hovers near the limit.
   */
  inTargetDepth: readonly [number, number];
  /** Relative share of the schedule's slots this account draws (before exclusivity rules). */
  weight: number;
  /** Keeps an account to one open item at a time (the healthy account's occasional notice). */
  atMostOneOpen: boolean;
  /** Template ids this account can receive; see templates.ts. */
  templateIds: readonly string[];
  /** Product titles; each gets an ASIN derived from the seed. */
  products: readonly string[];
}

export const healthyAccount: DemoAccount = {
  id: 'demo-northwind',
  name: 'Northwind Home Goods',
  sellerId: 'A2NWHG8K4Q1ZTM',
  marketplaceIds: [US, DE],
  condition: 'healthy',
  inTargetDepth: [0.6, 0.95],
  weight: 1,
  atMostOneOpen: true,
  templateIds: ['a-to-z-claim-closed', 'tracking-scan-missing'],
  products: [],
};

export const troubledAccount: DemoAccount = {
  id: 'demo-bluefin',
  name: 'Bluefin Outdoor Supply',
  sellerId: 'A3BFOS5R7X2LWD',
  marketplaceIds: [US, DE],
  condition: 'needs attention',
  inTargetDepth: [0.1, 0.45],
  weight: 5,
  atMostOneOpen: false,
  templateIds: [
    'product-authenticity',
    'product-condition',
    'ip-complaint',
    'listing-policy',
    'restricted-product',
    'reviews-policy',
    'order-defect-rate-mfn',
    'order-defect-rate-afn',
    'late-shipment-rate',
    'pre-fulfillment-cancel-rate',
    'valid-tracking-rate',
    'on-time-delivery-rate',
    'account-at-risk',
  ],
  products: [
    'Insulated Stainless Steel Camping Mug, 16 oz, Slate Blue',
    'Ultralight Backpacking Tent, 2-Person, Freestanding',
    'Rechargeable LED Headlamp, 1200 Lumen, IPX6',
    'Roll-Top Waterproof Dry Bag, 20 L',
    'Collapsible Silicone Water Bottle, 750 ml',
    'Carbon Fiber Trekking Poles, Quick Lock, Pair',
    'Portable Water Filter Straw, 4-Stage',
    'Camping Hammock with Tree Straps, Double',
    'Emergency Mylar Thermal Blankets, 4-Pack',
    'Magnesium Fire Starter Rod with Striker',
    'Polarized Fishing Sunglasses, Floating Frame',
    'Merino Wool Hiking Socks, 3 Pairs, Size L',
  ],
};

export const demoAccounts: readonly DemoAccount[] = [healthyAccount, troubledAccount];
