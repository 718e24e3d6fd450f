/** Minimal pub/sub whose subscriptions are AsyncIterables, as graphql-js `subscribe` expects. */
export class EventHub<T> {
  private readonly subs = new Set<(e: T) => void>();

  publish(event: T): void {
    for (const s of [...this.subs]) s(event);
  }

  get subscriberCount(): number {
    return this.subs.size;
  }

  subscribe(): AsyncIterableIterator<T> {
    const queue: T[] = [];
    const waiting: ((r: IteratorResult<T>) => void)[] = [];
    let done = false;
    const push = (e: T) => {
      const w = waiting.shift();
      if (w) w({ value: e, done: false });
      else queue.push(e);
    };
    this.subs.add(push);
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      this.subs.delete(push);
      for (const w of waiting.splice(0)) w({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    };
    const it: AsyncIterableIterator<T> = {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      return: finish,
      throw: (err?: unknown) => {
        void finish();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() {
        return it;
      },
    };
    return it;
  }

  close(): void {
    this.subs.clear();
  }
}
