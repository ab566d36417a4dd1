// Where SP-API lives, as data (NOTES §2.2). Since SigV4 was retired only the base URL differs
// by region; LWA has one host for every region.
export type Region = 'NA' | 'EU' | 'FE';

export interface RegionEndpoints {
  production: string;
  sandbox: string;
}

export const regionEndpoints: Readonly<Record<Region, RegionEndpoints>> = {
  NA: {
    production: 'https://sellingpartnerapi-na.amazon.com',
    sandbox: 'https://sandbox.sellingpartnerapi-na.amazon.com',
  },
  EU: {
    production: 'https://sellingpartnerapi-eu.amazon.com',
    sandbox: 'https://sandbox.sellingpartnerapi-eu.amazon.com',
  },
  FE: {
    production: 'https://sellingpartnerapi-fe.amazon.com',
    sandbox: 'https://sandbox.sellingpartnerapi-fe.amazon.com',
  },
};

export const defaultLwaEndpoint = 'https://api.amazon.com/auth/o2/token';
