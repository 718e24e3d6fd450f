// An ESM consumer of the four packed packages.
import * as core from '@stash-graphql/core';
import * as generated from '@stash-graphql/core/generated';
import * as orm from '@stash-graphql/orm';
import * as internal from '@stash-graphql/orm/internal';
import * as store from '@stash-graphql/store';
import * as testing from '@stash-graphql/testing';
import { identityChecks } from './checks.mjs';

console.log(JSON.stringify(await identityChecks({ core, generated, orm, internal, store, testing })));
