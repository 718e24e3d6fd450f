export interface RequestOptions {
  /** Aborts the request, including any retry waiting to happen. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout; overrides the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
}

export interface SubscriptionOptions {
  /** Ends the iteration cleanly, like `break`. */
  signal?: AbortSignal | undefined;
}
