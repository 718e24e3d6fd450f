/** Maps an async iterator, forwarding `return()` so unsubscribing frees the source. */
export function mapAsyncIterable<T, U>(source: AsyncIterableIterator<T>, fn: (v: T) => U): AsyncIterableIterator<U> {
  const it: AsyncIterableIterator<U> = {
    async next() {
      const r = await source.next();
      return r.done ? { value: undefined, done: true } : { value: fn(r.value), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(e?: unknown) {
      await source.return?.();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}
