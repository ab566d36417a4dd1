// "Keep a copy" of an appeal: the saved record as a Markdown or PDF download, or as plain text on
// the clipboard. The host writes the file from the saved record (the latest saved version and every
// attempt), so it works offline and with no source running.
import { useId, useState } from 'react';
import type { ExportFormat } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { useTranslator } from '../../i18n/i18n-context';
import { failureOf, failureText, type Failure } from '../../state/failure';
import { download } from './download';

type Done = { kind: 'copied' } | { kind: 'downloaded'; fileName: string } | { kind: 'problem'; failure: Failure };

export function ExportPanel({ appealId }: { appealId: string }) {
  const api = useApi();
  const i18n = useTranslator();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  async function run(format: ExportFormat) {
    setBusy(true);
    try {
      const file = await api.invoke('appeals.export', { id: appealId, format });
      if (format === 'text') {
        await navigator.clipboard.writeText(file.content).then(
          () => setDone({ kind: 'copied' }),
          (error: unknown) => setDone({ kind: 'problem', failure: failureOf('appealRecord.action.copy', error) }),
        );
      } else {
        download(file);
        setDone({ kind: 'downloaded', fileName: file.fileName });
      }
    } catch (error) {
      setDone({ kind: 'problem', failure: failureOf('appealRecord.action.export', error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="appeal-export">
      <h3 id={headingId}>{i18n.t('appealRecord.export.heading')}</h3>
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void run('md')}>
          {i18n.t('appealRecord.export.markdown')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('pdf')}>
          {i18n.t('appealRecord.export.pdf')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('text')}>
          {i18n.t('appealRecord.export.copy')}
        </button>
      </div>
      {done?.kind === 'problem' && <p role="alert">{failureText(i18n, done.failure)}</p>}
      {done?.kind === 'copied' && <p role="status">{i18n.t('appealRecord.export.copied')}</p>}
      {done?.kind === 'downloaded' && (
        <p role="status">{i18n.t('appealRecord.export.ready', { file: done.fileName })}</p>
      )}
    </section>
  );
}
