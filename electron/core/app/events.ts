import type { EventName, EventPayload } from '../../../shared/ipc/contract';

type Forwarder = (event: EventName, payload: unknown) => void;

/** Events the core pushes to whichever renderer transport is attached (Electron IPC or loopback SSE). */
export class CoreEvents {
  private readonly forwarders = new Set<Forwarder>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const f of this.forwarders) f(event, payload);
  }

  /** Every event, for a transport that passes them on as they are. */
  subscribe(forwarder: Forwarder): () => void {
    this.forwarders.add(forwarder);
    return () => this.forwarders.delete(forwarder);
  }

  /** One event, with its payload typed. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.subscribe((name, payload) => {
      if (name === event) listener(payload as EventPayload<E>);
    });
  }
}
