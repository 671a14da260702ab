// Times the demo generator: `npx tsx packages/api/src/demo/bench-generate.ts [employees] [--keep]`
// (default 100,000 employees, seed 1) into a temporary directory; prints wall time, peak RSS and
// the size of every file. The directory is removed afterwards unless --keep is given.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from './generate-dataset.js';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const employees = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const outDir = await mkdtemp(join(tmpdir(), 'kinerja-demo-'));

let lastPercent = -1;
const started = performance.now();
const { files } = await generateDataset({
  outDir,
  employees,
  seed: 1,
  onProgress: (done, total) => {
    const percent = Math.floor((100 * done) / total);
    if (percent % 10 === 0 && percent !== lastPercent) {
      lastPercent = percent;
      process.stderr.write(`${percent}% `);
    }
  },
});
const seconds = (performance.now() - started) / 1000;
process.stderr.write('\n');

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
let totalBytes = 0;
for (const [file, rows] of Object.entries(files)) {
  const { size } = await stat(join(outDir, file));
  totalBytes += size;
  console.log(`${file.padEnd(28)} ${String(rows).padStart(12)} rows ${mib(size).padStart(12)}`);
}
// resourceUsage().maxRSS is the peak resident set of the whole process, in KiB.
console.log(`${employees} employees: ${seconds.toFixed(1)} s, ${mib(totalBytes)} written, peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`);
if (keep) console.log(`kept in ${outDir}`);
else await rm(outDir, { recursive: true, force: true });
