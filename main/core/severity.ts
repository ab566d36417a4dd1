import { severities, type Severity } from './schema';

export function severityRank(severity: Severity): number {
  return severities.indexOf(severity);
}

export function maxSeverity(a: Severity | null, b: Severity): Severity {
  return a === null || severityRank(b) > severityRank(a) ? b : a;
}
