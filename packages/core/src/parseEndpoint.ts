import { StashInputError } from './StashError.js';

/** The GraphQL endpoint from what a user typed: http(s) only, `/graphql` when no path is given, no credentials. */
export function parseEndpoint(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StashInputError(`Invalid Stash URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StashInputError(`Stash URL must be http(s), got ${url.protocol}`);
  }
  // Keys in URLs end up in proxy and server logs.
  if (url.username || url.password || [...url.searchParams.keys()].some((k) => /api_?key|token/i.test(k))) {
    throw new StashInputError('Do not put credentials in the Stash URL: pass apiKey instead');
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url;
}
