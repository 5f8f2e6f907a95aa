#!/usr/bin/env node
/** The `cse` command: thin wrappers that parse arguments and call the library. */
import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { DatabaseError, DEFAULT_DATABASE } from '../db/open.js';
import { ManifestError } from '../pipeline/manifest.js';
import { BenchError } from '../bench/league.js';
import { PointsError } from '../bench/points.js';
import { type BenchCommandOptions, DEFAULT_HTML_REPORT, parseLimit, parseYear } from './bench-options.js';
import type { ImportCommandOptions } from './import.js';
import { parseCount, type ReadLimits, withReadLimits } from './limits.js';
import type { CheckOptions } from './single.js';

// Each command's module is loaded when the command runs: the readers (pdfjs, mammoth) take over a
// second to load, which a command on the database (bench, search, export) should not wait for.

const program = new Command()
  .name('cse')
  .description('Turns Customer Service Excellence assessment reports into data, and checks them.')
  .showHelpAfterError()
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 1);
  });

withReadLimits(program.command('extract'))
  .description('Extract one report into the canonical record (exit 0: extracted; 2: not readable or not a report)')
  .argument('<file>', 'the report (.pdf, .docx, .md, .markdown, .txt)')
  .option('--json', 'print the record as JSON on stdout (the output contract)')
  .action(async (file: string, options: ReadLimits & { json?: boolean }) => {
    process.exitCode = await (await import('./single.js')).runExtract(file, options);
  });

withReadLimits(program.command('check'))
  .description("Check a report against the scheme's rules (exit 0: no finding at the --fail-on severity; 1: such findings, or a bad --config; 2: not readable)")
  .argument('<file>', 'the report')
  .option('--json', 'print the verdicts and findings as JSON')
  .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe (default: error, or the config file\'s failOn)').choices(['error', 'warning']))
  .option('--config <file>', 'JSON file changing rule severities or turning rules off (see README, "Configuring the rules")')
  .action(async (file: string, options: CheckOptions) => {
    process.exitCode = await (await import('./single.js')).runCheck(file, options);
  });

withReadLimits(program.command('batch'))
  .description('Extract and check every report in some files and folders, writing one JSON record per file')
  .argument('<paths...>', 'files and folders')
  .option('--out <dir>', 'where to write the records', 'out/records')
  .option('--json', 'print the summary as JSON on stdout')
  .action(async (paths: string[], options: ReadLimits & { out: string; json?: boolean }) => {
    process.exitCode = await (await import('./batch.js')).runBatch(paths, options);
  });

withReadLimits(program.command('import'))
  .description('Extract, check and load every report in some files and folders into a SQLite database; already-loaded files are skipped')
  .argument('<paths...>', 'files and folders')
  .option('--db <file>', 'the database', DEFAULT_DATABASE)
  .option('--manifest <csv>', 'organisation facts: canonical name, sector, region, opt-out (columns: organisation, file, sector, region, opt_out)')
  .option('--jobs <n>', 'files parsed at once, each in a worker thread', parseCount, availableParallelism())
  .option('--json', 'print the summary as JSON on stdout')
  .action(async (paths: string[], options: ImportCommandOptions) => {
    process.exitCode = await (await import('./import.js')).runImport(paths, options);
  });

program
  .command('search')
  .description('Search the justifications and narrative of imported reports (FTS5 query syntax)')
  .argument('<query>', 'words, a "quoted phrase", OR, NOT, prefix*')
  .option('--db <file>', 'the database', DEFAULT_DATABASE)
  .option('--limit <n>', 'most matches shown', parseCount, 20)
  .option('--json', 'print the matches as JSON')
  .action(async (query: string, options: { db: string; limit: number; json?: boolean }) => {
    process.exitCode = (await import('./search.js')).runSearch(query, options);
  });

program
  .command('export')
  .description("Write assessments and element ratings (or, with --directory, the public holders' directory) as CSV or JSON")
  .option('--db <file>', 'the database', DEFAULT_DATABASE)
  .addOption(new Option('--format <format>', 'file format').choices(['csv', 'json']).default('csv'))
  .option('--out <dir>', 'where to write the files', 'out/export')
  .option('--directory', "the public holders' directory: latest assessment per holder, without personal details of those who opted out")
  .action(async (options: { db: string; format: 'csv' | 'json'; out: string; directory?: boolean }) => {
    process.exitCode = await (await import('./export.js')).runExport(options);
  });

program
  .command('bench')
  .description('Benchmark holders on their latest completed assessment: a league table by points, a holder\'s position (--org), element statistics (--elements), trends (--trends), or all of it as an HTML report (--html)')
  .option('--db <file>', 'the database', DEFAULT_DATABASE)
  .option('--org <name>', "one holder's position, percentiles and movement since its previous assessment (name matched ignoring case and punctuation)")
  .option('--elements', 'for each element, the share of holders rated CP, C, PC and NC; the elements most often partial')
  .option('--trends', 'completed assessments by year: mean CP, PC and points')
  .option('--points <scheme>', 'points per rating, e.g. cp=3,c=1,pc=-2,nc=-5, or a JSON file (default cp=2,c=0,pc=-2,nc=-5)')
  .option('--sector <sector>', 'only holders of this sector')
  .option('--region <region>', 'only holders of this region')
  .option('--body <body>', 'only holders whose assessment was by this assessment body (e.g. G4S)')
  .option('--year <year>', "only visits made in this year (each holder's latest of them)", parseYear)
  .option('--csv', 'print CSV')
  .option('--json', 'print JSON')
  .option('--html [file]', `write the HTML report with charts (default ${DEFAULT_HTML_REPORT})`)
  .option('--limit <n>', 'holders shown in the terminal table (0: all)', parseLimit, 30)
  .option('--include-partial', 'rank holders whose latest report was read only in part too, marked (left out by default)')
  .action(async (options: BenchCommandOptions) => {
    process.exitCode = await (await import('./bench.js')).runBench(options);
  });

/** Errors a person can fix (a bad manifest, a database cse cannot use, one held too long by another process). */
function userError(error: unknown): string | null {
  if (error instanceof ManifestError || error instanceof DatabaseError || error instanceof BenchError || error instanceof PointsError) return error.message;
  if (error instanceof Error && (error as { code?: string }).code === 'SQLITE_BUSY') {
    return 'the database is busy: another process has held it for more than 30 s; try again when it has finished.';
  }
  return null;
}

// Output piped into a program that stops reading (`cse export … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = userError(error);
  if (message) {
    process.stderr.write(`cse: ${message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stderr.write(`cse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.CSE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.stderr.write('This is a bug in cse; please report it with the file that caused it (set CSE_DEBUG=1 for details).\n');
  process.exitCode = 1;
});
