// The checker's findings as the seller reads them: the rule's id, the words it is about, what is
// wrong and what to do instead, in the window's language.
import { describeFinding, type Finding } from '../../../main/core/appeal/checker';
import { useTranslator } from '../../i18n/i18n-context';

const excerptLength = 80;

export function Findings({
  findings,
  planText,
  label,
}: {
  findings: readonly Finding[];
  planText: string;
  label: string;
}) {
  const i18n = useTranslator();
  if (findings.length === 0) return null;
  return (
    <ul className="findings" aria-label={label}>
      {findings.map((finding) => {
        const words = describeFinding(finding, i18n);
        const excerpt = excerptOf(planText, finding);
        return (
          <li
            key={`${finding.rule}-${finding.start}-${finding.end}-${finding.blockId ?? ''}`}
            className={`finding finding-${finding.severity}`}
          >
            <p className="finding-message">
              <code className="finding-rule">{finding.rule}</code> {words.message}
            </p>
            {excerpt && <q className="finding-excerpt">{excerpt}</q>}
            <p className="finding-suggestion">
              {i18n.t('appeal.finding.suggestion', { suggestion: words.suggestion })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** The words a finding is about, cut short; empty for a finding about something missing. */
function excerptOf(text: string, finding: Finding): string {
  if (finding.end <= finding.start || finding.end - finding.start >= text.length) return '';
  const words = text.slice(finding.start, finding.end);
  return words.length <= excerptLength ? words : `${words.slice(0, excerptLength)}…`;
}
