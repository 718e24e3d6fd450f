/**
 * Core's request path (`pnpm bench pipeline`): what urql costs per request, measured side by side against the fake
 * over real HTTP. (a) the full client (adaptation, urql, retry exchange, attempt fetch, classification, shape check);
 * (b) the same without adaptation; (c) a bare fetch + JSON.parse of the same request, the floor any pipeline pays.
 * Then the memory the client keeps per distinct document (batches build a new document per composition).
 */
import { performance } from 'node:perf_hooks';
import { StashClient } from '@stash-graphql/core';
import { FindTagDocument } from '@stash-graphql/core/generated';
import { createFakeStash } from '@stash-graphql/testing';
import { print } from 'graphql';

const gc = (globalThis as { gc?: () => void }).gc;
const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function perCall(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 50; i++) await fn(i);
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  return ((performance.now() - started) / n) * 1000;
}

export async function runPipelineBench(): Promise<void> {
  const stash = await createFakeStash({ seed: { tags: Array.from({ length: 100 }, (_, i) => ({ name: `t${i}` })) } });
  const adapted = new StashClient({ url: stash.url });
  const plain = new StashClient({ url: stash.url, adaptToServer: false });
  const query = print(FindTagDocument);
  const bare = async (i: number) => {
    const res = await fetch(stash.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ operationName: 'FindTag', query, variables: { id: String(1 + (i % 100)) } }),
    });
    const body = JSON.parse(await res.text()) as { data: { findTag: unknown } };
    return body.data.findTag;
  };
  try {
    const n = 2000;
    const rounds: { a: number; b: number; c: number }[] = [];
    for (let r = 0; r < 5; r++) {
      rounds.push({
        a: await perCall(n, (i) => adapted.findTag({ id: String(1 + (i % 100)) })),
        b: await perCall(n, (i) => plain.findTag({ id: String(1 + (i % 100)) })),
        c: await perCall(n, bare),
      });
    }
    const [a, b, c] = [middle(rounds.map((x) => x.a)), middle(rounds.map((x) => x.b)), middle(rounds.map((x) => x.c))];
    console.log(`\nCore request path: ${n} sequential findTag over HTTP to the fake, median of 5 rounds (µs per call)`);
    console.log(`client (adapted)     ${a.toFixed(0).padStart(7)}  ${(a / c).toFixed(2)}× bare`);
    console.log(`client (no adapt)    ${b.toFixed(0).padStart(7)}  ${(b / c).toFixed(2)}× bare`);
    console.log(`bare fetch + JSON    ${c.toFixed(0).padStart(7)}  1.00×`);
    console.log(
      `SDK overhead per call over bare: ${(b - c).toFixed(0)} µs (without adaptation), ${(a - c).toFixed(0)} µs (with)`,
    );

    // Distinct batch documents: urql's document cache and core's canonical-document map keep each one for good.
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const distinct = 2000;
    for (let i = 1; i <= distinct; i++) {
      // 11 operations whose mix of tagUpdate and tagCreate follows the bits of i: a new document text every time,
      // as batches that mix entity types produce.
      await plain.executeBatch(
        Array.from({ length: 11 }, (_, j) =>
          (i >> j) & 1
            ? { mutation: 'tagUpdate' as const, variables: { input: { id: String(1 + j), details: `d${i}` } } }
            : { mutation: 'tagCreate' as const, variables: { input: { name: `n${i}-${j}` } } },
        ),
      );
    }
    gc?.();
    const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    console.log(
      `heap kept after ${distinct} distinct batch documents (11 operations each): ${grown.toFixed(1)} MiB, ${((grown * 1024) / distinct).toFixed(1)} KiB per document`,
    );
  } finally {
    await adapted.close();
    await plain.close();
    await stash.close();
  }
}
