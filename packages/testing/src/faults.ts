/** A fault to inject; it matches by operation (name or root field) and/or by request number. */
export interface FaultRule {
  /** Operation name (`TagCreate`) or root field (`tagCreate`) to match. */
  operation?: string | undefined;
  /** The n-th GraphQL request over HTTP since start or reset (1-based). */
  request?: number | undefined;
  /** How many matching requests it affects. Default 1; Infinity for all. */
  times?: number | undefined;
  /** Added before the request is handled. */
  latencyMs?: number | undefined;
  /**
   * The request is held (already logged, nothing applied) until this settles, then handled. A test that needs a
   * request in flight (to time it out or abort it) opens the gate when it is done, instead of guessing a latency.
   */
  holdUntil?: PromiseLike<unknown> | undefined;
  /** Drop the connection without an answer, before or after the operation was applied. */
  reset?: 'before' | 'after' | undefined;
  /** Answer with this status and a proxy-like text body; nothing is applied. */
  status?: 500 | 502 | 503 | 504 | undefined;
  /** Answer 200 with a truncated JSON body; nothing is applied. */
  malformedJson?: boolean | undefined;
  /** The matched root field fails with SQLite's "database is locked"; that field is not applied. */
  databaseLocked?: boolean | undefined;
}

interface ActiveRule extends FaultRule {
  remaining: number;
}

export interface RequestInfo {
  n: number;
  operationName?: string | undefined;
  rootFields: readonly string[];
}

/** Fault rules consumed as they match, so a test can say "the first two sceneUpdate calls fail". */
export class Faults {
  #rules: ActiveRule[] = [];

  inject(rule: FaultRule): this {
    this.#rules.push({ ...rule, remaining: rule.times ?? 1 });
    return this;
  }

  clear(): void {
    this.#rules = [];
  }

  /** Transport-level faults for one HTTP request (everything but databaseLocked). */
  takeTransport(req: RequestInfo): FaultRule | undefined {
    return this.#take((r) => !r.databaseLocked && this.#matches(r, req.operationName, req.rootFields, req.n));
  }

  /** Whether this root field should fail with "database is locked" in this request. */
  takeLocked(req: RequestInfo, field: string): boolean {
    return !!this.#take((r) => !!r.databaseLocked && this.#matches(r, req.operationName, [field], req.n));
  }

  #matches(r: FaultRule, name: string | undefined, fields: readonly string[], n: number): boolean {
    if (r.request !== undefined && r.request !== n) return false;
    if (r.operation !== undefined && r.operation !== name && !fields.includes(r.operation)) return false;
    return true;
  }

  #take(pred: (r: ActiveRule) => boolean): FaultRule | undefined {
    const rule = this.#rules.find((r) => r.remaining > 0 && pred(r));
    if (rule) rule.remaining--;
    return rule;
  }
}
