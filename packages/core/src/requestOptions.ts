export interface RequestOptions {
  /** Aborts the request, including any retry waiting to happen. */
  signal?: AbortSignal;
  /** Per-attempt timeout; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
}

export interface SubscriptionOptions {
  /** Ends the iteration cleanly, like `break`. */
  signal?: AbortSignal;
}
