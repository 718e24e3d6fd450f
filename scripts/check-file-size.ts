/**
 * pnpm check:size — fails when a source file outside `__generated__` is over 400 lines without a header line
 * `Over 400 lines: <reason>` (see scripts/lib/fileSize.ts).
 */
import { resolve } from 'node:path';
import { MAX_LINES, oversizedFiles } from './lib/fileSize.ts';

const root = resolve(import.meta.dirname, '..');
const found = oversizedFiles(root);
for (const f of found) console.log(`${f.file}: ${f.lines} lines`);
if (found.length) {
  console.error(
    `${found.length} file(s) over ${MAX_LINES} lines: split them, or give the reason in a header comment line ` +
      '"Over 400 lines: <reason>"',
  );
  process.exit(1);
}
console.log(`no source file over ${MAX_LINES} lines without a reason`);
