/** pnpm api:coverage — share of root fields with a typed operation in fragments/; fails below 100%. */
import { apiCoverage, EXCLUDED } from './lib/apiCoverage.ts';

let ok = true;
for (const c of apiCoverage()) {
  const pct = ((100 * (c.covered + c.excluded.length)) / c.total).toFixed(1);
  console.log(`${c.root.padEnd(12)} ${c.covered}/${c.total} covered, ${c.excluded.length} excluded (${pct}%)`);
  for (const e of c.excluded) console.log(`  excluded ${e}: ${EXCLUDED[e]}`);
  for (const m of c.missing) console.log(`  MISSING  ${m}`);
  if (c.missing.length) ok = false;
}
if (!ok) {
  console.error('api:coverage failed: add an operation to fragments/ for every missing root field');
  process.exit(1);
}
