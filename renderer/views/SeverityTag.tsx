import { severityLabel } from '../format/labels';
import type { Severity } from '../../preload/contract';

/** The severity in words, with its colour as a second cue. */
export function SeverityTag({ severity }: { severity: Severity }) {
  return <span className={`severity severity-${severity}`}>{severityLabel(severity)}</span>;
}
