// Amazon's Account Health Rating bands as data: Healthy 200–1000, At risk 100–199, Unhealthy
// 0–99 (Seller Central Account Health help pages, checked 2026-11-01; new accounts start at
// 200). The report rules and the Account health view read the same numbers.
export const ahrBandMinScores = { healthy: 200, atRisk: 100, unhealthy: 0 } as const;
export type AhrBand = keyof typeof ahrBandMinScores;

/** The bands below Healthy as score ranges [from, to), worst first: what a chart shades. */
export const ahrBandsBelowHealthy = [
  { band: 'unhealthy', from: ahrBandMinScores.unhealthy, to: ahrBandMinScores.atRisk },
  { band: 'atRisk', from: ahrBandMinScores.atRisk, to: ahrBandMinScores.healthy },
] as const;

/** The band a score falls in; a score under 0 (never seen) counts as unhealthy. */
export function ahrBandOf(score: number): AhrBand {
  if (score >= ahrBandMinScores.healthy) return 'healthy';
  return score >= ahrBandMinScores.atRisk ? 'atRisk' : 'unhealthy';
}
