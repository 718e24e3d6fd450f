/** Counts what a client sends and receives, on any server: requests and answer bytes, through its `fetch`. */
export class Meter {
  requests = 0;
  bytes = 0;

  readonly fetch: typeof fetch = async (input, init) => {
    const res = await globalThis.fetch(input, init);
    const body = await res.arrayBuffer();
    this.requests++;
    this.bytes += body.byteLength;
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };

  /** The counts since the last `take` (or since creation), and a reset. */
  take(): { requests: number; bytes: number } {
    const out = { requests: this.requests, bytes: this.bytes };
    this.requests = 0;
    this.bytes = 0;
    return out;
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
