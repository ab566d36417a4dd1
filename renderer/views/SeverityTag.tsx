// A notification's severity, shown the same way in every view.
import { severityLabel } from '../format/labels';
import { useTranslator } from '../i18n/i18n-context';
import type { Severity } from '../../preload/contract';
import './severity-tag.css';

/** The severity in words, with its colour as a second cue. */
export function SeverityTag({ severity }: { severity: Severity }) {
  return <span className={`severity severity-${severity}`}>{severityLabel(useTranslator(), severity)}</span>;
}
