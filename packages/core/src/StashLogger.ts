/** Pluggable logging. Everything handed to it has secrets redacted already. `console` fits. */
export interface StashLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
}

export const silentLogger: StashLogger = { debug() {}, warn() {} };
