// Amazon's appeal clocks as data, dated, with their source: Amazon changes them, and the code
// that counts attempts and days reads them from here only.
export const appealRulesVersion = '2026-11-01';
export const appealRulesSource =
  'Seller Central help, "Reactivate your account": an acceptable plan within 17 days or two unsuccessful appeals, whichever comes first';

export const appealRules = {
  /** Appeals Amazon takes before a suspension may become permanent. */
  attemptLimit: 2,
  /** Days from the notification to an acceptable plan, when Amazon gives no deadline of its own. */
  windowDays: 17,
} as const;
