// The Django-style lookup vocabulary, in one place: which criterion kind each criterion input type is, and which
// lookups each kind takes. The type-maps plugin types the store's lookups from it and emits it as run-time values
// (CRITERION_KINDS, CRITERION_LOOKUPS in typeMaps.ts) that core's StashCapabilities and the store's compileFilter
// read; nothing else lists lookups.
const CRITERION_KINDS = {
  IntCriterionInput: 'int',
  FloatCriterionInput: 'float',
  DateCriterionInput: 'date',
  TimestampCriterionInput: 'timestamp',
  StringCriterionInput: 'string',
  MultiCriterionInput: 'multi',
  HierarchicalMultiCriterionInput: 'hierarchical',
};

const ORDERED = ['exact', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'not_between', 'isnull'];
const CRITERION_LOOKUPS = {
  int: ORDERED,
  float: ORDERED,
  date: ORDERED,
  timestamp: ORDERED,
  string: [
    'exact',
    'iexact',
    'contains',
    'icontains',
    'startswith',
    'istartswith',
    'endswith',
    'iendswith',
    'regex',
    'iregex',
    'isnull',
  ],
  multi: ['exact', 'in', 'includes', 'includes_all', 'excludes', 'isnull'],
  hierarchical: ['exact', 'in', 'includes', 'includes_all', 'excludes', 'isnull'],
  // A plain scalar or enum filter field (`organized: Boolean`): equality only.
  scalar: ['exact'],
  // Any other criterion input with a `modifier` (phash_distance, resolution, duplicated…); one without a modifier
  // takes only `exact`.
  input: ['exact', 'ne', 'gt', 'lt', 'in', 'excludes', 'isnull'],
};

module.exports = { CRITERION_KINDS, CRITERION_LOOKUPS };
