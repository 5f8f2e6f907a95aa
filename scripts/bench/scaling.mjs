/**
 * How time and memory grow with the number of reports: each size extracted one after another in
 * a fresh process (so its peak RSS is its own), timing per report and peak RSS at each size.
 * Flat memory per report and linear time are what a bulk import needs.
 */
import { inFreshProcess } from '../bench-import.mjs';

const API = new URL('../../dist/api.js', import.meta.url).href;

export function measureScaling(files, sizes) {
  return sizes
    .filter((size) => size <= files.length)
    .map((size) => {
      const run = inFreshProcess(`
        import { extractFile } from ${JSON.stringify(API)};
        const files = ${JSON.stringify(files.slice(0, size))};
        const started = performance.now();
        for (const f of files) await extractFile(f);
        const seconds = (performance.now() - started) / 1000;
        console.log(JSON.stringify({ seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024, heapUsedMiB: process.memoryUsage().heapUsed / 1048576 }));
      `);
      return { reports: size, ...run, msPerReport: (run.seconds * 1000) / size };
    });
}
