import type { StashCapabilities } from '@stash-graphql/core';
import type { GraphQLSchema } from 'graphql';
import type { EventHub } from './EventHub.js';
import type { EntityKind, FakeStashState } from './FakeStashState.js';
import type { Row } from './Table.js';

export type StashVersion = 'v0.28.1' | 'v0.29.3' | 'v0.30.1';

export type LogLevel = 'Trace' | 'Debug' | 'Info' | 'Progress' | 'Warning' | 'Error';

export interface LogEntry {
  time: string;
  level: LogLevel;
  message: string;
}

/** Everything a resolver module needs; one per backend instance. */
export interface BackendContext {
  state: FakeStashState;
  schema: GraphQLSchema;
  version: StashVersion;
  /** The served schema read through core's capabilities (the SDK's one schema reflection): filter fields, fields. */
  capabilities: StashCapabilities;
  /** Current time as Stash stores it for entities: RFC 3339 to the second. Jobs use `nowDate()` (nanoseconds). */
  now(): string;
  nowDate(): Date;
  logs: EventHub<LogEntry>;
  log(level: LogLevel, message: string): void;
  /** Does the chosen version's schema have this field? */
  hasField(typeName: string, field: string): boolean;
  /** Rows of `kind` with these ids, skipping missing ones (like Stash's FindMany on a join). */
  rows(kind: EntityKind, ids: Iterable<string>): Row[];
  /** Base URL for generated image/stream paths. */
  baseUrl: string;
}
