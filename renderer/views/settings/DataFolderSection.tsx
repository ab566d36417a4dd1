// Settings → Data folder: where Flagwatch keeps its files, a backup to one file and a restore
// from one. The browser host downloads and uploads the file; the desktop app uses the system's
// dialogs. The host checks a backup in full and keeps it for the next start, so a refused file
// changes nothing, and the seller is told whether Flagwatch restarts by itself or they must.
import { useId, useState, type ChangeEvent } from 'react';
import type { HostInfo, RestoreOutcome } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { useTranslator } from '../../i18n/i18n-context';
import { failureOf, failureText, type Failure } from '../../state/failure';
import { saveDownload } from './save-download';

type Outcome =
  | { kind: 'saved'; fileName: string }
  | { kind: 'restored'; restore: RestoreOutcome }
  | { kind: 'problem'; failure: Failure };

export function DataFolderSection({ host }: { host: HostInfo }) {
  const api = useApi();
  const i18n = useTranslator();
  const headingId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function attempt(action: 'backup.action.create' | 'backup.action.restore', run: () => Promise<Outcome | null>) {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await run());
    } catch (error) {
      setOutcome({ kind: 'problem', failure: failureOf(action, error) });
    } finally {
      setBusy(false);
    }
  }

  const backUp = () =>
    attempt('backup.action.create', async () => {
      if (host.fileDialogs) {
        const { path } = await api.invoke('backup.saveWithDialog', {});
        return path === null ? null : { kind: 'saved', fileName: path };
      }
      const { fileName, text } = await api.invoke('backup.create', {});
      saveDownload(fileName, text);
      return { kind: 'saved', fileName };
    });
  const restoreWithDialog = () =>
    attempt('backup.action.restore', async () => {
      const restore = await api.invoke('backup.restoreWithDialog', {});
      return restore === null ? null : { kind: 'restored', restore };
    });
  const restoreUpload = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void attempt('backup.action.restore', async () => {
      const text = await file.text();
      // The same file may be chosen again after fixing something.
      input.value = '';
      return { kind: 'restored', restore: await api.invoke('backup.restore', { text }) };
    });
  };

  return (
    <section aria-labelledby={headingId} className="settings-form settings-data">
      <h3 id={headingId}>{i18n.t('backup.title')}</h3>
      <p>
        {i18n.t('backup.folder')} <code className="settings-path">{host.dataDir}</code>
      </p>
      <p className="form-hint">{i18n.t('backup.hint')}</p>
      <div className="form-actions">
        <button type="button" onClick={() => void backUp()} disabled={busy}>
          {i18n.t('backup.create')}
        </button>
        {host.fileDialogs ? (
          <button type="button" onClick={() => void restoreWithDialog()} disabled={busy}>
            {i18n.t('backup.restore')}
          </button>
        ) : (
          <span className="form-field settings-upload">
            <label htmlFor={`${headingId}-file`}>{i18n.t('backup.chooseFile')}</label>
            <input
              id={`${headingId}-file`}
              type="file"
              accept=".json,application/json"
              disabled={busy}
              onChange={restoreUpload}
            />
          </span>
        )}
      </div>
      {outcome?.kind === 'problem' && (
        <p role="alert" className="banner banner-error">
          {failureText(i18n, outcome.failure)}
        </p>
      )}
      <p role="status">
        {outcome?.kind === 'saved' && i18n.t('backup.created', { fileName: outcome.fileName })}
        {outcome?.kind === 'restored' &&
          i18n.t(`backup.restart.${outcome.restore.restart}`, {
            createdAt: i18n.date(outcome.restore.createdAt, 'dateTime'),
          })}
      </p>
    </section>
  );
}
