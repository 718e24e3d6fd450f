import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { StashLogger } from './StashLogger.js';

export interface SubscriptionTransportOptions {
  wsUrl: string;
  headers: Record<string, string>;
  logger: StashLogger;
  /** Connection attempts in one run of failures (the first included) before subscriptions fail. */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

/**
 * graphql-ws over `ws`. Stash authenticates the WebSocket upgrade request and ignores `connectionParams`, so the
 * API key travels as a header on the upgrade. Lazy: no socket until the first subscription.
 */
export interface SubscriptionTransport {
  client: WsClient;
  /** The last socket-level error: graphql-ws only reports a bare close event, this keeps the HTTP status. */
  lastSocketError(): Error | undefined;
  /** Ends every socket and every subscription (their iterators complete). Always resolves, whatever the sockets did. */
  close(): Promise<void>;
}

/** Upgrade answers that a retry cannot change: the key, the URL or the server's configuration is wrong. */
const REFUSED_UPGRADE = /Unexpected server response: 4(?!08|29)\d\d/;
/**
 * A close code in the 4400s is the server refusing this client (graphql-ws mirrors HTTP: 4401 unauthorized,
 * 4403 forbidden); retrying only hammers it. 4408 (init timeout) may pass next time; 4499 is graphql-ws's own
 * "terminated".
 */
export const isRefusalCloseCode = (code: number) => code >= 4400 && code <= 4499 && code !== 4408 && code !== 4499;
/** A connection open this long was working: a later drop starts a fresh run of attempts. */
const STABLE_MS = 10_000;

export function createSubscriptionTransport(o: SubscriptionTransportOptions): SubscriptionTransport {
  const headers = o.headers;
  const sockets = new Set<WebSocket>();
  let lastError: Error | undefined;
  let closed = false;
  // graphql-ws resets its retry count on every connection_ack, so a server that acknowledges and then drops the
  // socket would be reconnected to forever at the first delay. This count ends only with real progress.
  let failures = 0;
  let connectedAt: number | undefined;
  // Reconnect delays in progress; close() ends them, or dispose would wait for each to run out.
  const waits = new Set<() => void>();
  class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
      sockets.add(this);
      this.on('open', () => {
        lastError = undefined;
      });
      this.on('error', (e) => {
        lastError = e;
      });
      this.on('close', () => sockets.delete(this));
      // graphql-ws may open a socket after a reconnect delay even when disposed; end it at once.
      if (closed) this.terminate();
    }
  }
  const client = createClient({
    url: o.wsUrl,
    webSocketImpl: HeaderWebSocket,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (errOrClose) => {
      if (closed) return false;
      const code = (errOrClose as { code?: unknown })?.code;
      if (typeof code === 'number' && isRefusalCloseCode(code)) return false;
      if (REFUSED_UPGRADE.test(lastError?.message ?? '')) return false;
      if (connectedAt !== undefined && Date.now() - connectedAt >= STABLE_MS) failures = 0;
      connectedAt = undefined;
      failures++;
      return failures < o.maxAttempts;
    },
    retryWait: async () => {
      if (closed) return;
      const delay = Math.min(o.maxDelayMs, o.initialDelayMs * 2 ** (failures - 1) * (1 + Math.random()));
      o.logger.debug('stash websocket reconnecting', { failures, delay: Math.round(delay) });
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waits.delete(done);
          resolve();
        };
        const timer = setTimeout(done, delay);
        waits.add(done);
      });
    },
    on: {
      connected: () => {
        connectedAt = Date.now();
      },
      message: (m) => {
        if (m.type === 'next') failures = 0;
      },
    },
  });
  return {
    client,
    lastSocketError: () => lastError,
    async close() {
      closed = true;
      for (const end of [...waits]) end();
      const disposed = Promise.resolve()
        .then(() => client.dispose())
        .catch(() => undefined);
      const ended = [...sockets].map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.readyState === WebSocket.CLOSED) return resolve();
            s.once('close', () => resolve());
            if (s.readyState === WebSocket.OPEN) s.close(1000, 'Normal Closure');
            else s.terminate();
          }),
      );
      // A socket stuck before its connection_ack leaves graphql-ws's connect pending; deny it so dispose settles.
      client.terminate();
      await Promise.all([disposed, ...ended]);
    },
  };
}
