// The snooze choices for one notification: a day, a week, or until a chosen date; and, when it
// is snoozed already, an end to the snooze.
import { useId, useState } from 'react';
import type { PerformanceNotification } from '../../../preload/contract';
import { Dialog } from '../../app/Dialog';
import { useFlagwatch } from '../../app/store-context';
import { useTranslator } from '../../i18n/i18n-context';
import { isSnoozed } from '../../../main/core/inbox/unread';
import { snoozeForDays, snoozeUntilDay, tomorrowField } from './snooze-times';

export function SnoozeDialog({
  notification: n,
  onClose,
}: {
  notification: PerformanceNotification;
  onClose: () => void;
}) {
  const i18n = useTranslator();
  const snooze = useFlagwatch((s) => s.snooze);
  const [day, setDay] = useState('');
  const [tried, setTried] = useState(false);
  const dateId = useId();
  const errorId = useId();
  const now = new Date();
  const until = snoozeUntilDay(day, now);
  const invalid = tried && until === null;

  const choose = (when: string | null) => {
    onClose();
    void snooze(n.id, when);
  };

  return (
    <Dialog title={i18n.t('inbox.snooze.title', { title: n.title })} onClose={onClose}>
      <div className="dialog-actions">
        <button type="button" onClick={() => choose(snoozeForDays(now, 1))}>
          {i18n.t('inbox.snooze.day')}
        </button>
        <button type="button" onClick={() => choose(snoozeForDays(now, 7))}>
          {i18n.t('inbox.snooze.week')}
        </button>
      </div>
      <form
        className="snooze-date"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (until) choose(until);
        }}
      >
        <label htmlFor={dateId}>{i18n.t('inbox.snooze.date')}</label>
        <input
          id={dateId}
          type="date"
          min={tomorrowField(now)}
          value={day}
          onChange={(event) => setDay(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
        />
        <button type="submit">{i18n.t('inbox.snooze.until')}</button>
        {invalid && (
          <p id={errorId} role="alert" className="field-error">
            {i18n.t('inbox.snooze.pastDate')}
          </p>
        )}
      </form>
      <div className="dialog-actions">
        {isSnoozed(n, now) && (
          <button type="button" onClick={() => choose(null)}>
            {i18n.t('inbox.snooze.stop')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {i18n.t('inbox.snooze.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
