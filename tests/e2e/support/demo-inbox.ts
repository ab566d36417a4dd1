// The demo with its first check done, and an open notification each on the US and the German
// marketplace: what the specs that write appeals or contact Seller Support start from.
import type { PerformanceNotification } from '../../../preload/contract';
import { firstCheckDone } from './host-checks';
import type { Serve, Served } from './test';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';

export async function demoWithOpenUsAndDe(
  serve: Serve,
): Promise<Served & { us: PerformanceNotification; de: PerformanceNotification }> {
  const { host, client } = await serve({ demoSpeed: 1, demoSeed: 1 });
  await firstCheckDone(client.api);
  const { notifications } = await client.api.invoke('inbox.get', {});
  const open = (marketplaceId: string) => {
    const found = notifications.find((n) => n.status === 'open' && n.marketplaceId === marketplaceId);
    if (!found) throw new Error(`the demo inbox has no open notification on ${marketplaceId}`);
    return found;
  };
  return { host, client, us: open(US), de: open(DE) };
}
