import { checkNumber } from './checkOption.js';
import { StashAbortError, StashInputError } from './StashError.js';

/** Ends one slot; calling it again does nothing. */
export type ReleaseWrite = () => void;

interface Waiter {
  grant: (release: ReleaseWrite) => void;
}

const shared = new Map<string, WriteScheduler>();

/**
 * A first-in, first-out gate for mutations: at most `limit` HTTP attempts that carry a mutation are in flight at
 * once; the rest wait their turn. Stash writes through one SQLite connection, so many parallel writers only queue
 * inside Stash (and some time out there as "database is locked"); queueing them here instead costs nothing and
 * keeps them off SQLite's lock. Queries never pass through it. A slot is held per attempt, not across retry
 * backoff, so a waiting retry does not block other writers.
 */
export class WriteScheduler {
  readonly limit: number;
  #inFlight = 0;
  readonly #queue: Waiter[] = [];

  constructor(limit: number) {
    checkNumber('writeConcurrency', limit, { min: 1, integer: true, infinite: true });
    this.limit = limit;
  }

  /**
   * The one scheduler of this process for a server URL, for clients that opt in with `shareWrites`. Clients that
   * share one must agree on its limit.
   */
  static forUrl(url: string, limit: number): WriteScheduler {
    const existing = shared.get(url);
    if (!existing) {
      const created = new WriteScheduler(limit);
      shared.set(url, created);
      return created;
    }
    if (existing.limit !== limit) {
      throw new StashInputError(
        `writeConcurrency ${limit} differs from the ${existing.limit} already shared by other clients of ${url}`,
        [String(existing.limit)],
      );
    }
    return existing;
  }

  /** Mutation attempts on the wire now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Mutation attempts waiting for a slot. */
  get queued(): number {
    return this.#queue.length;
  }

  /** Waits for a slot. Rejects with StashAbortError, and gives up its place, if the signal aborts first. */
  acquire(signal?: AbortSignal): Promise<ReleaseWrite> {
    if (signal?.aborted) return Promise.reject(new StashAbortError({ cause: signal.reason }));
    if (this.#inFlight < this.limit) return Promise.resolve(this.#grant());
    return new Promise<ReleaseWrite>((resolve, reject) => {
      const onAbort = () => {
        const i = this.#queue.indexOf(waiter);
        if (i >= 0) this.#queue.splice(i, 1);
        reject(new StashAbortError({ cause: signal?.reason }));
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  #grant(): ReleaseWrite {
    this.#inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight--;
      const next = this.#queue.shift();
      if (next) next.grant(this.#grant());
    };
  }
}
