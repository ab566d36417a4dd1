import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../renderer/app/when-idle';

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("waits for the browser's idle time where it has one, and can be cancelled", () => {
    const idle: Array<() => void> = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const task = vi.fn();
    const cancel = whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    idle[0]!();
    expect(task).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('runs after the current task where the browser has no idle callback, unless cancelled', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'));
    whenIdle(() => ran.push('cancelled'))();
    expect(ran).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual(['kept']);
  });
});
