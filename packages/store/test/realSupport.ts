import { StashClient } from '@stash-graphql/core';
import type { LoggedRequest } from '@stash-graphql/testing';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';

export type SentRequest = Required<Pick<LoggedRequest, 'rootFields' | 'variables' | 'query'>>;

/**
 * A client of the real Stash at STASH_URL whose every request is logged at its fetch (a real server keeps no request
 * log the tests could read): root fields, variables and the document text, in order.
 */
export function loggedRealClient(url: string): { client: StashClient; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fetchLogged: typeof fetch = async (input, init) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { query?: string; variables?: Record<string, unknown> };
    const op = parse(body.query ?? '').definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const rootFields = (op?.selectionSet.selections ?? []).flatMap((s) =>
      s.kind === Kind.FIELD ? [s.name.value] : [],
    );
    sent.push({ rootFields, variables: body.variables ?? {}, query: body.query ?? '' });
    return fetch(input, init);
  };
  return { client: new StashClient({ url, apiKey: process.env.STASH_API_KEY, fetch: fetchLogged }), sent };
}
