import { StashInputError } from './StashError.js';

/** setTimeout's largest delay; a larger one silently fires after 1 ms. */
export const MAX_TIMER_MS = 2_147_483_647;

export interface NumberRule {
  /** Smallest valid value (inclusive). */
  min: number;
  /** Largest valid value (inclusive). Default: any finite number. */
  max?: number;
  integer?: boolean;
  /** Infinity is valid (meaning "no limit"). */
  infinite?: boolean;
}

function describe(rule: NumberRule): string {
  const kind = rule.integer ? 'an integer' : 'a number';
  const range = rule.max === undefined ? `≥ ${rule.min}` : `from ${rule.min} to ${rule.max}`;
  return `${kind} ${range}${rule.infinite ? ', or Infinity' : ''}`;
}

/**
 * Refuses a numeric option that is not valid, before any request, naming what is valid. `undefined` means "use the
 * default" and passes.
 */
export function checkNumber(name: string, value: unknown, rule: NumberRule): void {
  if (value === undefined) return;
  const ok =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    ((rule.infinite && value === Infinity) ||
      (Number.isFinite(value) &&
        value >= rule.min &&
        (rule.max === undefined || value <= rule.max) &&
        (!rule.integer || Number.isInteger(value))));
  if (!ok) {
    const shown = typeof value === 'number' ? String(value) : `${typeof value} ${JSON.stringify(value)}`;
    throw new StashInputError(`${name} must be ${describe(rule)}; got ${shown}`);
  }
}

/** A delay or timeout in milliseconds that setTimeout honours. */
export const TIMER_MS: NumberRule = { min: 1, max: MAX_TIMER_MS };
/** A backoff delay; 0 means "retry at once". */
export const DELAY_MS: NumberRule = { min: 0, max: MAX_TIMER_MS };
