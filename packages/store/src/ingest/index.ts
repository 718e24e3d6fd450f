export type { IngestItem, IngestItemResult, IngestKind, IngestPerformer, IngestReport } from './IngestItem.js';
export { type IngestOptions, ingest } from './ingest.js';
