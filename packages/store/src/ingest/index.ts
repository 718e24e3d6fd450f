export type { IngestItem, IngestItemResult, IngestKind, IngestPerformer, IngestReport } from './IngestItem.js';
export {
  checkIngestItem,
  type IngestIssue,
  IngestItemSchema,
  IngestPerformerSchema,
  StashIngestItemError,
} from './IngestItemSchema.js';
export { type IngestOptions, ingest } from './ingest.js';
