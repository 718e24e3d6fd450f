import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { StashLogger } from './StashLogger.js';

export interface SubscriptionTransportOptions {
  wsUrl: string;
  headers: Record<string, string>;
  logger: StashLogger;
  /** Reconnect attempts before a subscription fails. */
  retryAttempts: number;
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
}

const AUTH_FAILURE = /Unexpected server response: 40[13]/;

export function createSubscriptionTransport(o: SubscriptionTransportOptions): SubscriptionTransport {
  const headers = o.headers;
  let lastError: Error | undefined;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
      this.on('open', () => {
        lastError = undefined;
      });
      this.on('error', (e) => {
        lastError = e;
      });
    }
  }
  const client = createClient({
    url: o.wsUrl,
    webSocketImpl: HeaderWebSocket,
    lazy: true,
    retryAttempts: o.retryAttempts,
    // A rejected key will not start working on its own.
    shouldRetry: () => !AUTH_FAILURE.test(lastError?.message ?? ''),
    retryWait: async (retries) => {
      const delay = Math.min(o.maxDelayMs, o.initialDelayMs * 2 ** retries * (1 + Math.random()));
      o.logger.debug('stash websocket reconnecting', { retries, delay });
      await new Promise((r) => setTimeout(r, delay));
    },
  });
  return { client, lastSocketError: () => lastError };
}
