// Every saved version of the appeal: pick two to see side by side what changed (or compare what
// is on screen with the version Amazon rejected), and restore any of them. Restoring saves the
// old content again as the newest version, so nothing after it is lost.
import { memo, useId, useMemo, useState } from 'react';
import { assemblePlan } from '../../../main/core/appeal/assemble-plan';
import { rejectedVersion, versionNumbered } from '../../../main/core/appeal/versions';
import type { Translator } from '../../../main/core/i18n/translator';
import type { Appeal, AppealContent } from '../../../preload/contract';
import { formatDateTime } from '../../format/dates';
import { useTranslator } from '../../i18n/i18n-context';
import { sideBySide, type DiffPart } from './version-diff';

/** What a side of the comparison shows: a saved version, or what is on screen now. */
type Side = number | 'screen';

export interface VersionsPanelProps {
  appeal: Appeal;
  /** What is on screen; read only while the comparison is open. */
  content: AppealContent;
  planT: Translator;
  onRestore(version: number): void;
}

export function VersionsPanel({ appeal, content, planT, onRestore }: VersionsPanelProps) {
  const i18n = useTranslator();
  const [open, setOpen] = useState(false);
  const versions = appeal.versions;
  const latest = versions.at(-1)!.n;
  const [older, setOlder] = useState<Side>(versions.at(-2)?.n ?? latest);
  const [newer, setNewer] = useState<Side>('screen');
  const rejected = rejectedVersion(appeal);
  const id = useId();

  return (
    <details className="versions" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{i18n.t('appeal.versions.title', { count: versions.length })}</summary>
      {open && (
        <>
          <VersionList appeal={appeal} onRestore={onRestore} />
          <fieldset className="compare">
            <legend>{i18n.t('appeal.versions.compare')}</legend>
            <span className="link-row">
              <SideSelect
                id={`${id}-older`}
                label={i18n.t('appeal.versions.older')}
                appeal={appeal}
                value={older}
                onChange={setOlder}
              />
              <SideSelect
                id={`${id}-newer`}
                label={i18n.t('appeal.versions.newer')}
                appeal={appeal}
                value={newer}
                onChange={setNewer}
              />
              {rejected && (
                <button
                  type="button"
                  onClick={() => {
                    setOlder(rejected.n);
                    setNewer('screen');
                  }}
                >
                  {i18n.t('appeal.versions.compareRejected', { number: rejected.n })}
                </button>
              )}
            </span>
          </fieldset>
          <Comparison appeal={appeal} content={content} planT={planT} older={older} newer={newer} />
        </>
      )}
    </details>
  );
}

// The list does not change while the seller types: it re-renders only when a version is saved.
const VersionList = memo(function VersionList({ appeal, onRestore }: Pick<VersionsPanelProps, 'appeal' | 'onRestore'>) {
  const i18n = useTranslator();
  const latest = appeal.versions.at(-1)!.n;
  const submitted = new Map(appeal.attempts.map((a, index) => [a.version, index + 1]));
  return (
    <ol className="version-list" aria-label={i18n.t('appeal.versions.list')}>
      {[...appeal.versions].reverse().map((version) => (
        <li key={version.n}>
          <span>
            {i18n.t('appeal.versions.item', { number: version.n, when: formatDateTime(i18n, version.savedAt) })}
            {submitted.has(version.n) &&
              ` · ${i18n.t('appeal.versions.submitted', { attempt: submitted.get(version.n)! })}`}
          </span>
          {version.n !== latest && (
            <button type="button" onClick={() => onRestore(version.n)}>
              {i18n.t('appeal.versions.restore', { number: version.n })}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
});

function SideSelect({
  id,
  label,
  appeal,
  value,
  onChange,
}: {
  id: string;
  label: string;
  appeal: Appeal;
  value: Side;
  onChange(side: Side): void;
}) {
  const i18n = useTranslator();
  return (
    <span className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(e.target.value === 'screen' ? 'screen' : Number(e.target.value))}
      >
        <option value="screen">{i18n.t('appeal.versions.screen')}</option>
        {[...appeal.versions].reverse().map((version) => (
          <option key={version.n} value={version.n}>
            {i18n.t('appeal.versions.option', { number: version.n })}
          </option>
        ))}
      </select>
    </span>
  );
}

function Comparison({
  appeal,
  content,
  planT,
  older,
  newer,
}: {
  appeal: Appeal;
  content: AppealContent;
  planT: Translator;
  older: Side;
  newer: Side;
}) {
  const i18n = useTranslator();
  const textOf = (side: Side) =>
    assemblePlan(side === 'screen' ? content : (versionNumbered(appeal, side)?.content ?? content), planT).text;
  const olderText = textOf(older);
  const newerText = textOf(newer);
  const diff = useMemo(
    () => sideBySide(olderText, newerText, appeal.language),
    [olderText, newerText, appeal.language],
  );
  const name = (side: Side) =>
    side === 'screen' ? i18n.t('appeal.versions.screen') : i18n.t('appeal.versions.option', { number: side });
  return (
    <div className="comparison">
      {!diff.changed && <p role="status">{i18n.t('appeal.versions.same')}</p>}
      <div className="diff-columns">
        <DiffColumn label={name(older)} parts={diff.older} />
        <DiffColumn label={name(newer)} parts={diff.newer} />
      </div>
    </div>
  );
}

function DiffColumn({ label, parts }: { label: string; parts: readonly DiffPart[] }) {
  const i18n = useTranslator();
  return (
    <section className="diff-column" aria-label={label}>
      <h5>{label}</h5>
      <pre>
        {parts.map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={index}>
              <span className="visually-hidden">{i18n.t('appeal.diff.removedStart')}</span>
              {part.text}
              <span className="visually-hidden">{i18n.t('appeal.diff.end')}</span>
            </del>
          ) : (
            <ins key={index}>
              <span className="visually-hidden">{i18n.t('appeal.diff.addedStart')}</span>
              {part.text}
              <span className="visually-hidden">{i18n.t('appeal.diff.end')}</span>
            </ins>
          ),
        )}
      </pre>
    </section>
  );
}
