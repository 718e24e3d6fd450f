import { toConnectionError } from './attemptFetch.js';
import { toErrorDetails } from './classifyResult.js';
import { scrubSecret } from './redact.js';
import { StashAuthError, type StashError, StashExecutionError, StashHttpError } from './StashError.js';
import { isRefusalCloseCode } from './subscriptionTransport.js';

/** graphql-ws rejects with an Error, a CloseEvent or a list of GraphQL errors; map each into our hierarchy. */
export function toSubscriptionError(e: unknown, secret: string | undefined): StashError {
  if (Array.isArray(e)) return new StashExecutionError(toErrorDetails(e), null);
  const message = scrubSecret(String((e as Error)?.message ?? (e as { reason?: string })?.reason ?? e), secret);
  const status = /Unexpected server response: (\d{3})/.exec(message)?.[1];
  if (status === '401' || status === '403') return new StashAuthError(Number(status), message, secret !== undefined);
  if (status) return new StashHttpError(`WebSocket upgrade answered HTTP ${status}`, Number(status), message);
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'number' && isRefusalCloseCode(code)) {
    const what = `the WebSocket subscription (close code ${code}${message ? `: ${message}` : ''})`;
    // graphql-ws close codes mirror HTTP statuses: 4401 is 401, 4403 is 403.
    if (code === 4401 || code === 4403) return new StashAuthError(code - 4000, message, secret !== undefined, what);
    return new StashHttpError(`Stash refused ${what}`, code - 4000, message);
  }
  if (typeof code === 'number') {
    return toConnectionError(
      Object.assign(new Error(`WebSocket closed (${code}) ${message}`), { code: `WS_${code}` }),
      'body',
    );
  }
  return toConnectionError(e, 'connect');
}
