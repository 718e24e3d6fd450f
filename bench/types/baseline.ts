// The same imports and calls as fiftyLookups.ts with no lookups: the cost of the packages alone.
import { Performer, Scene, Studio, type Tag } from '@stash-graphql/orm';
import type { StashEntityStore } from '@stash-graphql/store';

export async function run(store: StashEntityStore, _tag: Tag): Promise<number> {
  const a = await store.find(Scene);
  const d = await store.find(Performer);
  const f = await store.count(Studio);
  return a.length + d.length + f;
}
