/**
 * What scripts/python-suite.ts needs that is worth a test: the edit that makes stash-graphql-client's integration suite
 * (v0.12.2) take its server from the environment, and the reading of pytest's JUnit XML.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The copy is not a v0.12.2 client (or not one at all): the message says what was expected. */
export class PatchError extends Error {}

export const MARK = 'sgc-fidelity';
const CONN_DICT =
  '    conn = {\n        "Scheme": "http",\n        "Host": "localhost",\n        "Port": 9999,\n    }\n';
const CONN_FROM_ENV = `    # ${MARK}: the server under test comes from SGC_STASH_CONN (stash-graphql scripts/python-suite.ts)\n    conn = __import__("json").loads(__import__("os").environ.get("SGC_STASH_CONN", "null")) or conn\n`;
const MOCK_URL = 'respx.post("http://localhost:9999/graphql")';
const MOCK_FROM_ENV = 'respx.post(__import__("os").environ.get("SGC_GRAPHQL_URL", "http://localhost:9999/graphql"))';

/** The three places v0.12.2 hard-codes localhost:9999: the state probe, the client fixture, two respx mocks. */
const PATCHES = [
  { file: 'tests/conftest.py', find: CONN_DICT, replace: CONN_DICT + CONN_FROM_ENV, count: 1, done: MARK },
  { file: 'tests/fixtures/client.py', find: CONN_DICT, replace: CONN_DICT + CONN_FROM_ENV, count: 1, done: MARK },
  {
    file: 'tests/integration/test_version_integration.py',
    find: MOCK_URL,
    replace: MOCK_FROM_ENV,
    count: 2,
    done: 'SGC_GRAPHQL_URL',
  },
];

/** Edits the copy in place; checks every anchor before writing anything, so a failed patch changes no file. */
export function patchClient(dir: string): string[] {
  const edits: { path: string; file: string; text: string }[] = [];
  for (const p of PATCHES) {
    const path = join(dir, p.file);
    if (!existsSync(path)) throw new PatchError(`${path} not found: is ${dir} an extracted stash-graphql-client?`);
    const text = readFileSync(path, 'utf8');
    if (text.includes(p.done)) continue;
    const found = text.split(p.find).length - 1;
    if (found !== p.count) {
      throw new PatchError(
        `${p.file}: expected ${p.count} hard-coded localhost:9999 block(s), found ${found}; this patch targets stash-graphql-client v0.12.2`,
      );
    }
    edits.push({ path, file: p.file, text: text.split(p.find).join(p.replace) });
  }
  for (const e of edits) writeFileSync(e.path, e.text);
  return edits.map((e) => e.file);
}

export type Outcome = 'passed' | 'failed' | 'skipped';
export interface TestResult {
  outcome: Outcome;
  message: string;
}

const xmlText = (s: string) =>
  s.replace(/&(quot|amp|lt|gt|apos|#10|#13);/g, (_, e: string) =>
    e === 'quot' ? '"' : e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'apos' ? "'" : ' ',
  );

/** pytest's JUnit XML: one testcase each; a failure/error or skipped child decides the outcome. */
export function readJunit(xml: string): Map<string, TestResult> {
  const out = new Map<string, TestResult>();
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const body = m[2] ?? '';
    const child = /<(failure|error|skipped)\b([^>]*)/.exec(body);
    const outcome: Outcome = !child ? 'passed' : child[1] === 'skipped' ? 'skipped' : 'failed';
    const message = xmlText(/message="([^"]*)"/.exec(child?.[2] ?? '')?.[1] ?? '').slice(0, 160);
    out.set(`${attrs.classname}::${attrs.name}`, { outcome, message });
  }
  return out;
}

export function counts(results: Map<string, TestResult>): string {
  const n = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results.values()) n[r.outcome]++;
  return `${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped`;
}

/** Tests whose outcome differs between two runs (absent from one counts as a difference), sorted by name. */
export function diffRuns(
  a: Map<string, TestResult>,
  b: Map<string, TestResult>,
): { name: string; a: TestResult | undefined; b: TestResult | undefined }[] {
  return [...new Set([...a.keys(), ...b.keys()])]
    .sort()
    .filter((name) => a.get(name)?.outcome !== b.get(name)?.outcome)
    .map((name) => ({ name, a: a.get(name), b: b.get(name) }));
}
