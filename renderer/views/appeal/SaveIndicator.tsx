// When what is typed was last put on disk: "Saved at 12:03:05", or that typing is waiting to be
// saved. Its own component, so the time ticking over does not re-render the steps.
import { useStore } from 'zustand';
import { formatTimeToSecond } from '../../format/dates';
import { useTranslator } from '../../i18n/i18n-context';
import type { AppealStore } from './appeal-store';

export function SaveIndicator({ store }: { store: AppealStore }) {
  const i18n = useTranslator();
  const savedAt = useStore(store, (s) => s.savedAt);
  const unsaved = useStore(store, (s) => s.unsaved);
  return (
    <p role="status" className="save-indicator">
      {unsaved
        ? i18n.t('appeal.saving')
        : savedAt && i18n.t('appeal.savedAt', { time: formatTimeToSecond(i18n, savedAt) })}
    </p>
  );
}
