/**
 * Removes `__typename` from everything sent as input: objects read back from Stash carry it, and Stash rejects
 * unknown input fields.
 */
export function stripTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripTypename) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== '__typename') out[k] = stripTypename(v);
    return out as T;
  }
  return value;
}
