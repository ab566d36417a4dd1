// One line a host can print to say what the demo source is showing.
import { marketplaceById } from '../../core/catalog/marketplaces';
import { demoAccounts } from './accounts';

export function demoSummary(speed: number): string {
  const accounts = demoAccounts.map((a) => `${a.name} (${a.condition})`).join(' and ');
  const codes = [...new Set(demoAccounts.flatMap((a) => a.marketplaceIds))].map((id) => marketplaceById(id).code);
  return `Demo accounts: ${accounts} on ${codes.join(' and ')}, simulated at ${speed}× speed.`;
}
