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
