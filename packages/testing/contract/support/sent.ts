/** What the client put on the wire, captured by wrapping its `fetch`; works the same against the fake and a real Stash. */
export interface SentRequest {
  operationName: string | undefined;
  variables: Record<string, unknown>;
  query: string;
  /** Lower-cased header names and values, the API key redacted. */
  headers: Record<string, string>;
}

export class SentLog {
  readonly requests: SentRequest[] = [];

  /** A fetch that records each GraphQL request body before passing it on. */
  wrap(inner: typeof fetch): typeof fetch {
    return (input, init) => {
      const headers: Record<string, string> = {};
      new Headers(init?.headers).forEach((v, k) => {
        headers[k] = k === 'apikey' ? '[redacted]' : v;
      });
      let body: { operationName?: string; variables?: Record<string, unknown>; query?: string } = {};
      try {
        body = typeof init?.body === 'string' ? JSON.parse(init.body) : {};
      } catch {
        // not JSON: recorded with empty variables
      }
      this.requests.push({
        operationName: body.operationName,
        variables: body.variables ?? {},
        query: body.query ?? '',
        headers,
      });
      return inner(input, init);
    };
  }

  /** Requests with this operation name (`TagCreate`, `StashBatch`, ...). */
  of(operationName: string): SentRequest[] {
    return this.requests.filter((r) => r.operationName === operationName);
  }

  /** The variables of the latest request with this operation name; throws when there was none. */
  last(operationName: string): Record<string, unknown> {
    const r = this.of(operationName).at(-1);
    if (!r) throw new Error(`no ${operationName} request was sent`);
    return r.variables;
  }

  count(operationName: string): number {
    return this.of(operationName).length;
  }

  /** A position to count from: `sent.since(mark)` lists what was sent after it. */
  mark(): number {
    return this.requests.length;
  }

  since(mark: number): SentRequest[] {
    return this.requests.slice(mark);
  }
}
