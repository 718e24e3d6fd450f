import { type Modifier, phashDistance } from '../criteria.js';

export interface PhashCriterion {
  value: string;
  modifier: Modifier;
  distance?: number | null;
}

/** phashDistanceCriterionHandler: distance 0 compares values; EQUALS/NOT_EQUALS with distance use `<` / `>`. */
export function phashMatch(c: PhashCriterion, phashes: string[]): boolean {
  const d = c.distance ?? 0;
  if (c.modifier === 'IS_NULL') return phashes.length === 0;
  if (c.modifier === 'NOT_NULL') return phashes.length > 0;
  if (d > 0 && c.modifier === 'EQUALS') return phashes.some((p) => phashDistance(p, c.value) < d);
  if (d > 0 && c.modifier === 'NOT_EQUALS') return phashes.some((p) => phashDistance(p, c.value) > d);
  const v = BigInt(`0x${c.value || '0'}`);
  return phashes.some((p) => {
    const x = BigInt(`0x${p || '0'}`);
    switch (c.modifier) {
      case 'EQUALS':
        return x === v;
      case 'NOT_EQUALS':
        return x !== v;
      case 'GREATER_THAN':
        return x > v;
      case 'LESS_THAN':
        return x < v;
      default:
        return false;
    }
  });
}
