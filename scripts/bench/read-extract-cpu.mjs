/**
 * CPU per report of reading and extraction together, for one build: each file is read and
 * extracted once (what an import does for it), timed by process.cpuUsage, after the first WARM
 * files (default 10) warm the JIT. `node scripts/bench/read-extract-cpu.mjs DIST FILE…` (DIST: a
 * build's dist/, so two builds can be compared on the same files, run alternately on a noisy
 * machine). Files that fail count with the time their failure took.
 */
import { resolve } from 'node:path';

const [dist, ...files] = process.argv.slice(2);
const { readReportFile } = await import(resolve(dist, 'read/index.js'));
const { extractDraft } = await import(resolve(dist, 'extract/index.js'));
const warm = Number(process.env.WARM ?? 10);
let cpu = 0;
let timed = 0;
for (const [i, file] of files.entries()) {
  const start = process.cpuUsage();
  try {
    const read = await readReportFile(file, {});
    extractDraft(read.document, file);
  } catch {
    // A report cse refuses still cost what it took to find out.
  }
  const used = process.cpuUsage(start);
  if (i >= warm) {
    cpu += used.user + used.system;
    timed += 1;
  }
}
process.stdout.write(`${dist}\t${timed} files\t${(cpu / Math.max(timed, 1) / 1000).toFixed(1)} ms CPU per report (read + extract)\n`);
