const SECRET_HEADERS = new Set(['apikey', 'authorization', 'cookie']);

export interface LoggedRequest {
  /** 1-based, per transport-independent arrival order. */
  n: number;
  transport: 'http' | 'ws';
  method: string;
  operationName?: string;
  rootFields: string[];
  query?: string;
  variables?: Record<string, unknown>;
  /** Lower-cased, with ApiKey / Authorization / Cookie redacted. */
  headers: Record<string, string>;
  /** HTTP status sent, or undefined when the connection was dropped. */
  status?: number;
}

export function redactHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = SECRET_HEADERS.has(k.toLowerCase()) ? '[redacted]' : Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** The list of every operation received, for assertions; `count` is the usual question. */
export class RequestLog extends Array<LoggedRequest> {
  static override get [Symbol.species]() {
    return Array;
  }

  /** Requests whose operation name or root fields include `name`. */
  count(name: string): number {
    return this.filter((r) => r.operationName === name || r.rootFields.includes(name)).length;
  }

  clear(): void {
    this.length = 0;
  }
}
