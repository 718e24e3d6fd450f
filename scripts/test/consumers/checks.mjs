// Shared by the packed-package consumers: runs the four packages together and reports which identity checks hold.
// `core`, `orm`, `store`, `testing` are the modules as the consumer loaded them (require or import), `generated` and
// `internal` their subpath entries `@stash-graphql/core/generated` and `@stash-graphql/orm/internal`.
export async function identityChecks({ core, generated, orm, internal, store, testing }) {
  const fake = await testing.createFakeStash();
  const { client, store: entities } = store.createStash({ url: fake.url });
  try {
    const storeError = await entities.find(orm.Tag, { bogus__exact: 1 }).catch((e) => e);
    let ormError;
    try {
      new orm.Tag({ name: 42 });
    } catch (e) {
      ormError = e;
    }
    // The internal entry shares the main entry's modules: it reads the state of an entity made through orm.
    const listed = new orm.Tag({ name: 'Listed' });
    internal.loadRelation(listed, 'scenes', []);
    const sentBeforeSave = fake.requests.length;
    const tag = new orm.Tag({ name: 'Packed' });
    await entities.saveBatch([tag]);
    const duplicate = await client.tagCreate({ input: { name: 'packed' } }).catch((e) => e);
    return {
      clientIsStashClient: client instanceof core.StashClient,
      storeError: [storeError?.name, storeError?.code, storeError instanceof store.StashStoreError],
      storeErrorIsStashError: storeError instanceof core.StashError && core.isStashError(storeError),
      ormError: [ormError?.name, ormError?.code, ormError instanceof orm.StashOrmError],
      ormErrorIsStashError: ormError instanceof core.StashError && core.isStashError(ormError),
      executionError: [
        duplicate?.name,
        duplicate instanceof core.StashExecutionError,
        duplicate instanceof core.StashError,
      ],
      notAStashError: new Error('x') instanceof core.StashError || core.isStashError({ kind: 'input' }),
      sentBeforeSave,
      sent: fake.requests.map((r) => r.operationName),
      savedId: tag.id,
      subpaths: {
        internalSharesState: listed.isLoaded('scenes'),
        internalNotInBarrel: !('loadRelation' in orm) && !('adoptServerEntity' in orm),
        generatedDocument: generated.FindTagsDocument?.kind,
        generatedEnum: generated.CriterionModifier?.INCLUDES_ALL,
        generatedNotInBarrel: !('FindTagsDocument' in core) && !('ENTITY_META' in core),
        sameOperationTable: client.constructor.prototype instanceof generated.StashOperations,
      },
    };
  } finally {
    await client.close();
    await fake.close();
  }
}
