// The app's event hub: every listener of an event hears it, one that throws stops no other, and
// one that unsubscribed hears nothing more.
import { describe, expect, it } from 'vitest';
import { createEventHub } from '../../../main/app/event-hub';

describe('event hub', () => {
  it('tells every listener, reports one that throws, and carries on with the rest', () => {
    const failures: unknown[] = [];
    const hub = createEventHub((error) => failures.push(error));
    const heard: string[] = [];
    hub.on('today.open', () => {
      throw new Error('window closed');
    });
    hub.on('today.open', () => void heard.push('second'));
    hub.emit('today.open', {});
    expect(heard).toEqual(['second']);
    expect(failures).toEqual([new Error('window closed')]);
  });

  it('stops telling a listener that unsubscribed, and tells no one of an event without listeners', () => {
    const hub = createEventHub(() => {});
    const heard: number[] = [];
    const off = hub.on('today.open', () => void heard.push(1));
    hub.emit('today.open', {});
    off();
    hub.emit('today.open', {});
    hub.emit('notification.open', { id: 'n_1' });
    expect(heard).toEqual([1]);
  });
});
