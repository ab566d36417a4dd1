// The time left to a deadline, live: "2 days 5 hours left", down to the second in the last hour.
// A timer role is a live region that is off: a screen reader reads it when it gets there, and is
// not interrupted every second. Its name is the whole text, never a bare "2d 5h".
import { useSyncExternalStore } from 'react';
import { countdownText } from '../../../main/core/clocks/countdown';
import { useTicker } from '../../app/ticker-context';
import { useTranslator } from '../../i18n/i18n-context';
import './countdown.css';

export function Countdown({ deadline }: { deadline: string }) {
  const i18n = useTranslator();
  const ticker = useTicker();
  const at = Date.parse(deadline);
  // The words, not the time, are the snapshot: a tick that leaves them as they were renders nothing.
  const text = useSyncExternalStore(ticker.subscribe, () => countdownText(at - ticker.now(), i18n));
  return (
    <span role="timer" aria-live="off" aria-label={text} className="countdown">
      {text}
    </span>
  );
}
