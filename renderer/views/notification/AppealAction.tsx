// The notification's "Appeal" action, at the bottom of its detail as in Seller Central: it starts
// an appeal from the notification (step 1 filled in from it), or continues the one already begun.
import { useEffect, useState } from 'react';
import type { AppealSummary } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { useTranslator } from '../../i18n/i18n-context';
import { failureOf, failureText, type Failure } from '../../state/failure';

export function AppealAction({ notificationId }: { notificationId: string }) {
  const api = useApi();
  const i18n = useTranslator();
  // undefined while the host is asked; null when no appeal answers this notification yet.
  const [existing, setExisting] = useState<AppealSummary | null | undefined>(undefined);
  const [problem, setProblem] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.invoke('appeals.list', {}).then(
      (appeals) => live && setExisting(appeals.find((a) => a.notificationId === notificationId) ?? null),
      (error: unknown) => {
        if (!live) return;
        setProblem(failureOf('appeal.action.list', error));
        setExisting(null);
      },
    );
    return () => {
      live = false;
    };
  }, [api, notificationId]);

  async function open() {
    if (existing) return navigate({ view: 'appeal', id: existing.id });
    setBusy(true);
    try {
      const { appeal } = await api.invoke('appeals.create', { notificationId });
      navigate({ view: 'appeal', id: appeal.id });
    } catch (error) {
      setProblem(failureOf('appeal.action.create', error));
      setBusy(false);
    }
  }

  return (
    <div className="detail-appeal">
      {problem && <p role="alert">{failureText(i18n, problem)}</p>}
      <button type="button" className="primary" disabled={existing === undefined || busy} onClick={() => void open()}>
        {i18n.t(existing ? 'appeal.continue' : 'appeal.start')}
      </button>
    </div>
  );
}
