import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs`: enough for "due in 5 h" and for snoozes to end on their own. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
