import { severities, type Severity } from './schema';

export function severityRank(severity: Severity): number {
  return severities.indexOf(severity);
}
