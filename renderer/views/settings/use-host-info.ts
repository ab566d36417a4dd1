// What the host can do (launch at login, file dialogs) and where its data folder is, asked once
// per Settings view; null until it answers, and when it cannot.
import { useEffect, useState } from 'react';
import type { FlagwatchApi, HostInfo } from '../../../preload/contract';

export function useHostInfo(api: FlagwatchApi): HostInfo | null {
  const [host, setHost] = useState<HostInfo | null>(null);
  useEffect(() => {
    let current = true;
    api.invoke('host.get', {}).then(
      (info) => current && setHost(info),
      () => {},
    );
    return () => void (current = false);
  }, [api]);
  return host;
}
