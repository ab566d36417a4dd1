// How ready a step or the plan is, in words (never colour alone).
import type { ReadinessLevel } from '../../../main/core/appeal/readiness';
import { useTranslator } from '../../i18n/i18n-context';

export function ReadinessTag({ level }: { level: ReadinessLevel }) {
  const i18n = useTranslator();
  return <span className={`tag readiness readiness-${level}`}>{i18n.t(`checker.readiness.${level}`)}</span>;
}
