import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../../../main/sources/demo/accounts';
import { demoSummary } from '../../../../main/sources/demo/summary';

describe('demoSummary', () => {
  it('names each simulated account, its condition, the marketplaces and the speed', () => {
    const line = demoSummary(3600);
    for (const account of demoAccounts) expect(line).toContain(`${account.name} (${account.condition})`);
    expect(line).toContain('US and DE');
    expect(line).toContain('3600× speed');
    expect(line.startsWith('Demo accounts: ')).toBe(true);
  });
});
