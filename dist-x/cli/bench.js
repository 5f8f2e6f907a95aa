/** `cse bench`: the league table, a holder's position, element statistics or trends, as text, CSV, JSON or an HTML report. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { benchmark } from '../bench/benchmark.js';
import { elementStatistics } from '../bench/element-statistics.js';
import { holderPosition, leagueTable, leftOutReadInPart, leftOutSentence } from '../bench/league.js';
import { DEFAULT_POINTS, parsePoints } from '../bench/points.js';
import { elementsCsv, leagueCsv, positionCsv, trendsCsv } from '../bench/render-csv.js';
import { renderHtml } from '../bench/render-html.js';
import { renderElements, renderLeague, renderPosition, renderTrends } from '../bench/render-terminal.js';
import { nationalTrends } from '../bench/trends.js';
import { openExistingDatabase } from '../db/open.js';
import { ELEMENTS } from '../standard/catalogue.js';
import { DEFAULT_HTML_REPORT } from './bench-options.js';
import { bomForStdout } from './csv-bom.js';
function print(text) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
export async function runBench(options) {
    const bench = {
        points: options.points ? parsePoints(options.points) : DEFAULT_POINTS,
        filters: { sector: options.sector, region: options.region, body: options.body, year: options.year },
        includePartial: options.includePartial ?? false,
    };
    const db = openExistingDatabase(options.db, options.dbOrigin);
    try {
        if (options.html) {
            const file = typeof options.html === 'string' ? options.html : DEFAULT_HTML_REPORT;
            await mkdir(dirname(file), { recursive: true });
            const report = benchmark(db, bench);
            await writeFile(file, renderHtml(report, new Date().toISOString(), options.db));
            const leftOut = report.leftOut.length ? `; ${report.leftOut.length} left out, their latest report read only in part (--include-partial to rank them)` : '';
            print(`${file}: ${report.league.length} holders${leftOut}, ${ELEMENTS.length}-element heat-maps, compliance-plus distribution and ${report.trends.years.length} years of trends.`);
            return 0;
        }
        const format = options.json ? 'json' : options.csv ? 'csv' : 'text';
        if (options.org) {
            const position = holderPosition(db, options.org, bench);
            print(format === 'json' ? json(position) : format === 'csv' ? bomForStdout() + positionCsv(position) : renderPosition(position, bench.points));
        }
        else if (options.elements) {
            const stats = elementStatistics(leagueTable(db, bench));
            print(format === 'json' ? json(stats) : format === 'csv' ? bomForStdout() + elementsCsv(stats) : renderElements(stats, bench.filters, leftOutReadInPart(db, bench)));
        }
        else if (options.trends) {
            const trends = nationalTrends(db, bench.filters, bench.points, bench.includePartial);
            print(format === 'json' ? json(trends) : format === 'csv' ? bomForStdout() + trendsCsv(trends) : renderTrends(trends, bench.filters));
        }
        else {
            const league = leagueTable(db, bench);
            const leftOut = leftOutReadInPart(db, bench);
            // CSV and JSON are for other programs: the table as asked, and what it leaves out on stderr.
            if (format !== 'text' && leftOut.length)
                process.stderr.write(`${leftOutSentence(leftOut)}\n`);
            print(format === 'json' ? json(league) : format === 'csv' ? bomForStdout() + leagueCsv(league) : renderLeague(league, bench.filters, bench.points, options.limit, leftOut));
        }
        return 0;
    }
    finally {
        db.close();
    }
}
//# sourceMappingURL=bench.js.map