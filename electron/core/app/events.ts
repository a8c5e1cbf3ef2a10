import type { EventName, EventPayload } from '../../../shared/ipc/contract';

type Listener = (event: EventName, payload: unknown) => void;

/** Events the core pushes to whichever renderer transport is attached (Electron IPC or loopback SSE). */
export class CoreEvents {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) l(event, payload);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
