/**
 * Typecheck cost of typed lookups: tsc over a consumer file with 50 lookups (bench/types/fiftyLookups.ts) and over
 * the same imports without lookups (baseline.ts), alternating, three rounds each; the medians are compared.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TSC = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url));
const config = (name: string) => fileURLToPath(new URL(`./types/tsconfig.${name}.json`, import.meta.url));

interface Diagnostics {
  checkMs: number;
  totalMs: number;
  instantiations: number;
  types: number;
}

function diagnose(name: string): Diagnostics {
  const out = execFileSync(TSC, ['-p', config(name), '--extendedDiagnostics'], { encoding: 'utf8' });
  const num = (label: string) => Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(out)?.[1] ?? Number.NaN);
  return {
    checkMs: num('Check time') * 1000,
    totalMs: num('Total time') * 1000,
    instantiations: num('Instantiations'),
    types: num('Types'),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export function runTypesBench(): void {
  console.log('\n== typecheck: 50 lookups vs the same file without them (tsc --extendedDiagnostics, median of 3)');
  const runs: Record<string, Diagnostics[]> = { baseline: [], lookups: [] };
  for (let i = 0; i < 3; i++) for (const name of ['baseline', 'lookups']) runs[name]?.push(diagnose(name));
  const row = (name: string) => {
    const r = runs[name] ?? [];
    const d = {
      check: median(r.map((x) => x.checkMs)),
      total: median(r.map((x) => x.totalMs)),
      inst: r[0]?.instantiations ?? 0,
      types: r[0]?.types ?? 0,
    };
    console.log(
      `${name.padEnd(10)} check ${d.check.toFixed(0).padStart(6)} ms  total ${d.total.toFixed(0).padStart(6)} ms  ` +
        `instantiations ${String(d.inst).padStart(8)}  types ${String(d.types).padStart(7)}`,
    );
    return d;
  };
  const base = row('baseline');
  const typed = row('lookups');
  console.log(
    `added      check ${(typed.check - base.check).toFixed(0).padStart(6)} ms (target ≤ 2000)  ratio ${(typed.check / base.check).toFixed(2)}x`,
  );
}
