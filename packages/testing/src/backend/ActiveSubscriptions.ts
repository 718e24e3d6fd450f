export type SubscriptionField = 'jobsSubscribe' | 'loggingSubscribe' | 'scanCompleteSubscribe';

export interface WaitForActiveOptions {
  /** Reject (with the counts seen) after this long. Default 10 s. */
  timeoutMs?: number;
}

/**
 * Counts the subscriptions the server has registered, per root field. Stash (gqlgen) sends nothing when a
 * subscription starts, so a client cannot tell when events begin to reach it; a test against the fake can wait here
 * instead of sleeping.
 */
export class ActiveSubscriptions {
  private readonly counts = new Map<SubscriptionField, number>();
  private readonly opened = new Map<SubscriptionField, number>();
  private readonly waiters = new Set<() => void>();

  /** Active subscriptions to `field`, or to any field. */
  count(field?: SubscriptionField): number {
    if (field) return this.counts.get(field) ?? 0;
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  /**
   * Resolves once at least `count` subscriptions to `field` (any field when omitted) are registered: from then on
   * every event the fake publishes reaches them.
   */
  waitForActive(field?: SubscriptionField, count = 1, options: WaitForActiveOptions = {}): Promise<void> {
    return this.until(() => this.count(field) >= count, `${count} active ${field ?? 'subscription'}(s)`, options);
  }

  /**
   * Resolves when the next subscription to `field` (any field when omitted) registers. Take the promise before
   * subscribing, then await it: unlike a count, it cannot be fooled by another subscription that is closing.
   */
  next(field?: SubscriptionField, options: WaitForActiveOptions = {}): Promise<void> {
    const target = this.openedCount(field) + 1;
    return this.until(() => this.openedCount(field) >= target, `a new ${field ?? 'subscription'}`, options);
  }

  private openedCount(field?: SubscriptionField): number {
    if (field) return this.opened.get(field) ?? 0;
    let n = 0;
    for (const c of this.opened.values()) n += c;
    return n;
  }

  private until(done: () => boolean, what: string, options: WaitForActiveOptions): Promise<void> {
    const timeoutMs = options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const check = () => {
        if (!done()) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      this.waiters.add(check);
      check();
      if (!this.waiters.has(check)) return;
      timer = setTimeout(() => {
        this.waiters.delete(check);
        const seen = Object.fromEntries(this.counts);
        reject(new Error(`waited ${timeoutMs} ms for ${what}; active now: ${JSON.stringify(seen)}`));
      }, timeoutMs);
    });
  }

  /** Counts `source` as active from now until it ends or is returned. */
  track<T>(field: SubscriptionField, source: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      this.bump(field, -1);
    };
    this.opened.set(field, (this.opened.get(field) ?? 0) + 1);
    this.bump(field, 1);
    const it: AsyncIterableIterator<T> = {
      async next() {
        const r = await source.next();
        if (r.done) close();
        return r;
      },
      async return(value?: unknown) {
        close();
        return (await source.return?.(value)) ?? { value: undefined, done: true };
      },
      async throw(e?: unknown) {
        close();
        if (source.throw) return source.throw(e);
        throw e;
      },
      [Symbol.asyncIterator]() {
        return it;
      },
    };
    return it;
  }

  private bump(field: SubscriptionField, by: number): void {
    this.counts.set(field, (this.counts.get(field) ?? 0) + by);
    for (const w of [...this.waiters]) w();
  }
}
