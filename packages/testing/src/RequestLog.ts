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
  /** Bytes of the answer's body, once sent. */
  responseBytes?: number;
  /** The work the request made the server do, once executed (see ServerWork). */
  work?: ServerWork;
}

/**
 * What a request costs a real Stash, counted while the fake executes it. `fields`: every field resolved (each is
 * marshalled into the JSON answer). `resolutions`: every root field, relation (a field that returns entities) and
 * aggregate (`scene_count`, a find's `count`/`duration`/`filesize`): each is at least one SQL query in Stash.
 */
export interface ServerWork {
  fields: number;
  resolutions: number;
}

/** Totals over a set of requests: what a workload cost the server. */
export interface WorkSummary extends ServerWork {
  requests: number;
  responseBytes: number;
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

  /** Requests, answer bytes and server work of every request logged (or those after the `since`-th). */
  summary(since = 0): WorkSummary {
    const out: WorkSummary = { requests: 0, responseBytes: 0, fields: 0, resolutions: 0 };
    for (const r of this.slice(since)) {
      out.requests++;
      out.responseBytes += r.responseBytes ?? 0;
      out.fields += r.work?.fields ?? 0;
      out.resolutions += r.work?.resolutions ?? 0;
    }
    return out;
  }

  clear(): void {
    this.length = 0;
  }
}
