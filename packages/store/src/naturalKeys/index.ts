export { asciiFold, goTrimSpace, hasLikeWildcards, likeAsRegex, regexLiteral, sqlLike } from './goText.js';
export { type GetOrCreateOutcome, isRunWide } from './NameResolver.js';
export { keyOf, NATURAL_KEY_RULES, type NaturalKeyRule } from './rules.js';
export { StashNameConflictError } from './StashNameConflictError.js';
