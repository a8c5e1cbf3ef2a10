import { decodeWire, encodeWire } from '../../../shared/ipc/wire';
import type { RelanceBridge } from '../../../shared/ipc/contract';

/**
 * The one place that picks how the renderer talks to the core: Electron's preload bridge when it
 * exists, otherwise the loopback server (development and tests only) that served this page.
 */
export function pickTransport(): RelanceBridge {
  const bridge = (window as unknown as { api?: RelanceBridge }).api;
  if (bridge) return bridge;
  return loopbackBridge(takeLoopbackToken());
}

const TOKEN_KEY = 'relance.loopbackToken';

/** The token arrives once in the URL (?token=…); it is kept for reloads and removed from the address bar. */
function takeLoopbackToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function loopbackBridge(token: string): RelanceBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const ensureSource = (): void => {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (e: MessageEvent<string>) => {
      const { event, payload } = decodeWire(e.data) as { event: string; payload: unknown };
      listeners.get(event)?.forEach((l) => l(payload));
    };
  };
  return {
    async call(method, input) {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: encodeWire({ method, input }),
      });
      return decodeWire(await response.text());
    },
    on(event, listener) {
      ensureSource();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
