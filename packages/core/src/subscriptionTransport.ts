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
export function createSubscriptionTransport(o: SubscriptionTransportOptions): WsClient {
  const headers = o.headers;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: o.wsUrl,
    webSocketImpl: HeaderWebSocket,
    lazy: true,
    retryAttempts: o.retryAttempts,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = Math.min(o.maxDelayMs, o.initialDelayMs * 2 ** retries * (1 + Math.random()));
      o.logger.debug('stash websocket reconnecting', { retries, delay });
      await new Promise((r) => setTimeout(r, delay));
    },
  });
}
