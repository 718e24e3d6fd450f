/** A row as stored: own properties are plain JSON data; relation/computed fields live on the prototype. */
export interface Row {
  id: string;
  created_at: string;
  updated_at: string;
  [column: string]: unknown;
}

/**
 * Rows of one entity type keyed by id. IDs are increasing integers per table,
 * like Stash's SQLite autoincrement primary keys.
 */
export class Table<R extends Row = Row> {
  readonly rows = new Map<string, R>();
  private nextId = 1;

  /** Set by the backend so rows resolve relation/computed GraphQL fields. */
  proto: object = Object.prototype;

  /** Called on insert/delete/clear, so caches over rows (sorted pages) know to rebuild. */
  onChange: () => void = () => {};

  constructor(readonly name: string) {}

  /** The id the next insert will get (Stash rolls back failed inserts, so ids are not consumed). */
  peekId(): string {
    return String(this.nextId);
  }

  insert(data: Omit<R, 'id'> & { id?: string }): R {
    const id = data.id ?? String(this.nextId);
    this.nextId = Math.max(this.nextId, Number(id) + 1);
    const row = Object.assign(Object.create(this.proto) as R, data, { id });
    this.rows.set(id, row);
    this.onChange();
    return row;
  }

  get(id: string | null | undefined): R | undefined {
    return id == null ? undefined : this.rows.get(String(id));
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  delete(id: string): boolean {
    this.onChange();
    return this.rows.delete(id);
  }

  get size(): number {
    return this.rows.size;
  }

  values(): IterableIterator<R> {
    return this.rows.values();
  }

  clear(): void {
    this.rows.clear();
    this.nextId = 1;
    this.onChange();
  }
}
