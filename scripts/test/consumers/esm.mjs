// An ESM consumer of the four packed packages.
import * as core from '@stash-graphql/core';
import * as orm from '@stash-graphql/orm';
import * as store from '@stash-graphql/store';
import * as testing from '@stash-graphql/testing';
import { identityChecks } from './checks.mjs';

console.log(JSON.stringify(await identityChecks({ core, orm, store, testing })));
