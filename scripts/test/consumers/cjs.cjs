// A CommonJS consumer of the four packed packages: require() for all four loads one copy of core; then the same
// checks with core required (CJS build) and the other three imported (ESM build, which loads core's ESM build).
const core = require('@stash-graphql/core');
const generated = require('@stash-graphql/core/generated');
const orm = require('@stash-graphql/orm');
const internal = require('@stash-graphql/orm/internal');
const store = require('@stash-graphql/store');
const testing = require('@stash-graphql/testing');

async function main() {
  const coreFiles = Object.keys(require.cache).filter((f) => /stash-graphql[+/]core/.test(f));
  const { identityChecks } = await import('./checks.mjs');
  const required = await identityChecks({ core, generated, orm, internal, store, testing });
  const esmOrm = await import('@stash-graphql/orm');
  // orm's ESM build extends core's ESM StashError, not the one required above: a second copy of core.
  const twoCopies = Object.getPrototypeOf(esmOrm.StashOrmError) !== core.StashError;
  const mixed = await identityChecks({
    core,
    generated: await import('@stash-graphql/core/generated'),
    orm: esmOrm,
    internal: await import('@stash-graphql/orm/internal'),
    store: await import('@stash-graphql/store'),
    testing: await import('@stash-graphql/testing'),
  });
  console.log(JSON.stringify({ coreFiles: coreFiles.map((f) => f.replace(/.*\//, '')), required, twoCopies, mixed }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
