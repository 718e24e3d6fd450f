import type { Modifier } from '../criteria.js';

/** enumCriterionHandler: INCLUDES/EQUALS = IN, EXCLUDES/NOT_EQUALS = NOT IN, IS_NULL/NOT_NULL. */
export function enumMatch(c: unknown, v: unknown): boolean {
  const { value, modifier } = c as { value?: string[] | string | null; modifier: Modifier };
  // GenderCriterionInput.value_list wins over the deprecated single value (performer_filter.go)
  const list = (c as { value_list?: string[] | null }).value_list ?? [];
  const vals = list.length > 0 ? list : Array.isArray(value) ? value : value == null ? [] : [value];
  switch (modifier) {
    case 'INCLUDES':
    case 'EQUALS':
      return vals.length === 0 || (v != null && vals.includes(String(v)));
    case 'EXCLUDES':
    case 'NOT_EQUALS':
      return vals.length === 0 || (v != null && !vals.includes(String(v)));
    case 'IS_NULL':
      return v == null || String(v).trim() === '';
    case 'NOT_NULL':
      return v != null && String(v).trim() !== '';
    default:
      throw new Error('unsupported string filter modifier');
  }
}
