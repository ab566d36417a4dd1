// A typed emitter for the contract's events: hosts subscribe once and forward to their windows.
import type { EventName, EventPayload } from '../../preload/contract';

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

export interface EventHub {
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export function createEventHub(onListenerError: (error: unknown) => void): EventHub {
  const listeners = new Map<EventName, Set<Listener<never>>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as Listener<never>);
      return () => set.delete(listener as Listener<never>);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) {
        // One failing listener (a closed window, say) must not stop the others.
        try {
          (listener as Listener<typeof event>)(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
