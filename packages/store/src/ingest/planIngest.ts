import type { Entity, EntityClass, SaveResult } from '@stash-graphql/orm';
import { PlannedSave, planSave } from '@stash-graphql/orm';
import { type GetOrCreateOutcome, NameResolver } from '../naturalKeys/NameResolver.js';
import { NaturalKeyIndex } from '../naturalKeys/NaturalKeyIndex.js';
import type { StashEntityStore } from '../StashEntityStore.js';

/** What a run does with the names it needs: find or create them (a real run) or find them and plan the creates. */
export type NameSource = (
  cls: EntityClass,
  items: readonly (string | Readonly<Record<string, unknown>>)[],
) => Promise<GetOrCreateOutcome[]>;

const PLURAL: Record<string, string> = { Studio: 'studios', Performer: 'performers', Tag: 'tags' };

/**
 * The parts of an ingest dry run's plan, in the order the real run sends them: the scan, the creates of missing
 * names (one batch per type, as getOrCreateMany sends them), the items' save, the covers.
 */
export class IngestPlanner {
  readonly #parts: PlannedSave[] = [];
  readonly #notes: string[] = [];
  /** New studios, performers and tags the plan creates in an earlier step than the items' save. */
  readonly created = new Set<Entity>();

  constructor(readonly store: StashEntityStore) {}

  /** metadataScan over these roots: what `client.scan` sends (its own request, before everything else). */
  scan(paths: string[]): void {
    this.#parts.push(
      new PlannedSave({
        requests: [
          {
            step: 'scan',
            phase: 0,
            operations: [
              { mutation: 'metadataScan', variables: { input: { paths } }, label: 'metadataScan', entities: [] },
            ],
          },
        ],
        entities: [],
        refused: [],
        notes: [],
      }),
    );
  }

  /**
   * getOrCreateMany without the create: names are looked up on the server (a read, as the real run does for names
   * its store does not know yet); the missing ones become new entities whose batched create is planned, exactly as
   * the resolver would save them.
   */
  names(): NameSource {
    const resolver = new NameResolver({
      find: (cls, q, fields) => this.store.find(cls, q, { fields }),
      saveBatch: async (entities, returning): Promise<SaveResult> => {
        const typename = entities[0]?.typename ?? '';
        this.#parts.push(planSave(entities, { returning, step: `create ${PLURAL[typename] ?? typename}` }));
        for (const e of entities) this.created.add(e);
        return { saved: entities, references: [], failed: [], allSucceeded: true };
      },
      cached: () => undefined,
      index: new NaturalKeyIndex(),
    });
    return (cls, items) => resolver.getOrCreateMany(cls, items);
  }

  /** The items' dirty-only save, the name creates of the earlier steps counted as done. */
  save(entities: readonly Entity[]): void {
    this.#parts.push(planSave(entities, { assumeSaved: this.created, step: 'save items' }));
  }

  /** One `sceneUpdate` request per cover, after the save. */
  cover(entity: Entity, cover: string): void {
    const ref = `${entity.typename}:${entity.id}`;
    this.#parts.push(
      new PlannedSave({
        requests: [
          {
            step: 'covers',
            phase: 0,
            operations: [
              {
                mutation: 'sceneUpdate',
                variables: { input: { id: entity.id, cover_image: cover } },
                label: `sceneUpdate cover_image ${ref}`,
                entities: [ref],
              },
            ],
          },
        ],
        entities: [],
        refused: [],
        notes: [],
      }),
    );
  }

  note(text: string): void {
    this.#notes.push(text);
  }

  plan(): PlannedSave {
    return PlannedSave.concat(this.#parts, this.#notes);
  }
}
