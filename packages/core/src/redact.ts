export const REDACTED = '[redacted]';

const SECRET_HEADER = /^(apikey|authorization|cookie|set-cookie|x-api-key)$/i;
// Stash config inputs carry stash-box api_keys, the login password and the server's own apiKey.
const SECRET_KEY = /(api_?key|password|secret|token|cookie)/i;

/** Whether a field or variable of this name holds a secret (`apiKey`, `api_key`, `password`, …) never to show. */
export const isSecretKey = (key: string): boolean => SECRET_KEY.test(key);

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, SECRET_HEADER.test(k) ? REDACTED : v]));
}

/** Deep copy with secret-looking keys replaced, for logs. */
export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, isSecretKey(k) && v != null ? REDACTED : redactValue(v)]),
    );
  }
  return value;
}

/** Removes a known secret from free text (error bodies can echo request headers). */
export function scrubSecret(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join(REDACTED) : text;
}

/**
 * Removes a known secret from everything an error carries, in place: message, stack, string fields, nested data
 * (GraphQL errors, partial data, the job) and the `cause` chain. Servers and proxies can echo request headers back,
 * so any text that came from the network may hold the key.
 */
export function scrubError<E>(error: E, secret: string | undefined): E {
  if (secret) scrubInPlace(error, secret, new WeakSet());
  return error;
}

function scrubInPlace(value: unknown, secret: string, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return value.includes(secret) ? scrubSecret(value, secret) : value;
  if (!value || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  // Own non-enumerable properties too: `message`, `stack` and `cause` are not enumerable on Errors.
  for (const key of Reflect.ownKeys(value)) {
    const desc = Object.getOwnPropertyDescriptor(value, key);
    if (!desc || !('value' in desc)) continue;
    const scrubbed = scrubInPlace(desc.value, secret, seen);
    if (scrubbed !== desc.value && desc.writable) (value as Record<PropertyKey, unknown>)[key] = scrubbed;
    else if (scrubbed !== desc.value && desc.configurable)
      Object.defineProperty(value, key, { ...desc, value: scrubbed });
  }
  return value;
}
