#!/usr/bin/env node
/** The `cse` command: thin wrappers that parse arguments and call the library. */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DatabaseError } from '../db/open.js';
import { isCseError } from '../errors.js';
import { ManifestError } from '../pipeline/manifest.js';
import { BenchError } from '../bench/league.js';
import { PointsError } from '../bench/points.js';
import { CSE_VERSION } from '../version.js';
import { DEFAULT_HTML_REPORT, parseLimit, parseYear } from './bench-options.js';
import { chooseDatabase } from './database-choice.js';
import { EXIT, UsageError } from './exit.js';
import { parseCount, withReadLimits } from './limits.js';
import { parseElement, parseRating, SEARCHABLE_STAGES } from './search-options.js';
// Each command's module is loaded when the command runs: the readers (pdfjs, mammoth) take over a
// second to load, which a command on the database (bench, search, export) should not wait for.
const DB_HELP = 'the database (default: $CSE_DB, else "db" in cse.config.json or package.json\'s "cse", else out/cse.sqlite)';
/** Options of the commands that reach the database: the path chosen, and where it came from. */
function withDatabase(options) {
    const choice = chooseDatabase(options.db);
    return { ...options, db: choice.path, dbOrigin: choice.origin };
}
const failOnOption = (what) => new Option('--fail-on <severity>', what).choices(['error', 'warning']);
const collect = (value, previous) => [...previous, value];
const excludeOption = () => new Option('--exclude <glob>', 'leave out files matching this pattern (repeatable; "draft*" matches at any depth)').argParser(collect).default([]);
const program = new Command()
    .name('cse')
    .description('Turns Customer Service Excellence assessment reports into data, and checks them.')
    .version(CSE_VERSION, '-V, --version', 'print the version')
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'cse: ')) })
    .exitOverride((error) => {
    // --help and --version are answers, not failures; anything else commander refuses is a usage error.
    process.exit(['commander.helpDisplayed', 'commander.version'].includes(error.code) ? EXIT.ok : EXIT.usage);
});
withReadLimits(program.command('extract'))
    .description('Extract one report into the canonical record (exit 0: extracted; 2: not readable or not a report)')
    .argument('<file>', 'the report (.pdf, .docx, .md, .markdown, .txt), or - for standard input (with --format)')
    .option('--json', 'print the record as JSON on stdout (the output contract)')
    .addOption(new Option('--format <format>', 'the format of standard input').choices(['pdf', 'docx', 'md', 'txt']))
    .action(async (file, options) => {
    process.exitCode = await (await import('./single.js')).runExtract(file, options);
});
withReadLimits(program.command('check'))
    .description("Check reports against the scheme's rules (exit 0: no finding at the --fail-on severity; 1: such findings; 2: a bad option or --config, or a file not readable)")
    .argument('<files...>', 'the reports')
    .option('--json', 'print the verdicts and findings as JSON (an array when several files are given)')
    .addOption(failOnOption("exit 1 when a finding is at least this severe (default: error, or the config file's failOn)"))
    .option('--config <file>', 'JSON file changing rule severities or turning rules off (see docs/rules.md)')
    .action(async (files, options) => {
    process.exitCode = await (await import('./single.js')).runCheck(files, options);
});
withReadLimits(program.command('batch'))
    .description('Extract and check every report in some files, folders and glob patterns, writing one JSON record per file')
    .argument('<paths...>', 'files, folders and glob patterns ("reports/**/*.pdf")')
    .option('--out <dir>', 'where to write the records', 'out/records')
    .option('--jobs <n>', 'files read at once, each in a child process', parseCount, availableParallelism())
    .addOption(excludeOption())
    .addOption(failOnOption('exit 1 when a file cannot be read or a report has a finding at least this severe'))
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (paths, options) => {
    process.exitCode = await (await import('./batch.js')).runBatch(paths, options);
});
withReadLimits(program.command('import'))
    .description('Extract, check and load every report in some files, folders and glob patterns into a SQLite database; already-loaded files are skipped')
    .argument('<paths...>', 'files, folders and glob patterns ("reports/**/*.pdf")')
    .option('--db <file>', DB_HELP)
    .option('--manifest <csv>', 'organisation facts: canonical name, sector, region, opt-out (columns: organisation, file, sector, region, opt_out)')
    .option('--jobs <n>', 'files parsed at once, each in a child process', parseCount, availableParallelism())
    .addOption(excludeOption())
    .addOption(failOnOption('exit 1 when a file cannot be imported or a report has a finding at least this severe'))
    .option('--retry-failed', 'read again files an earlier import failed with the same bytes, cse version and limits (by default they are failed again unread)')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (paths, options) => {
    process.exitCode = await (await import('./import.js')).runImport(paths, withDatabase(options));
});
program
    .command('search')
    .description('Search the justifications and narrative of imported reports (FTS5 query syntax)')
    .argument('<query>', 'words, a "quoted phrase", OR, NOT, prefix*')
    .option('--db <file>', DB_HELP)
    .option('--org <name>', 'only this organisation (name matched ignoring case and punctuation)')
    .addOption(new Option('--stage <stage>', 'only matches in assessments of this stage').choices(SEARCHABLE_STAGES))
    .option('--element <code>', 'only justifications of this element (e.g. 1.2.3)', parseElement)
    .option('--rating <rating>', 'only justifications of elements rated so: CP, C, PC or NC', parseRating)
    .option('--limit <n>', 'most matches shown', parseCount, 20)
    .option('--json', 'print the matches as JSON')
    .action(async (query, options) => {
    process.exitCode = (await import('./search.js')).runSearch(query, withDatabase(options));
});
program
    .command('export')
    .description("Write assessments and element ratings (or, with --directory, the public holders' directory) as CSV, an Excel workbook or JSON")
    .option('--db <file>', DB_HELP)
    .addOption(new Option('--format <format>', 'file format: CSV files (with a byte-order mark, for Excel), one .xlsx workbook with a sheet per table, or JSON').choices(['csv', 'xlsx', 'json']).default('csv'))
    .addOption(new Option('--json', 'the same as --format json').conflicts('format'))
    .option('--out <dir>', 'where to write the files; - for standard output', 'out/export')
    .addOption(new Option('--table <table>', 'only this table (needed for CSV on standard output)').choices(['assessments', 'element_ratings', 'corrections']).conflicts('directory'))
    .option('--directory', "the public holders' directory: latest assessment per holder, without personal details of those who opted out")
    .option('--without-corrections', "the values as the reports were read, every reviewer's correction (cse serve) undone; by default corrected values are written, with a corrections table")
    .action(async (options) => {
    process.exitCode = await (await import('./export.js')).runExport(withDatabase(options));
});
program
    .command('bench')
    .description('Benchmark holders on their latest completed assessment: a league table by points, a holder\'s position (--org), element statistics (--elements), trends (--trends), or all of it as an HTML report (--html)')
    .option('--db <file>', DB_HELP)
    .addOption(new Option('--org <name>', "one holder's position, percentiles and movement since its previous assessment (name matched ignoring case and punctuation)").conflicts(['elements', 'trends']))
    .addOption(new Option('--elements', 'for each element, the share of holders rated CP, C, PC and NC; the elements most often partial').conflicts('trends'))
    .option('--trends', 'completed assessments by year: mean CP, PC and points')
    .option('--points <scheme>', 'points per rating, e.g. cp=3,c=1,pc=-2,nc=-5, or a JSON file (default cp=2,c=0,pc=-2,nc=-5)')
    .option('--sector <sector>', 'only holders of this sector')
    .option('--region <region>', 'only holders of this region')
    .option('--body <body>', 'only holders whose assessment was by this assessment body (e.g. G4S)')
    .option('--year <year>', "only visits made in this year (each holder's latest of them)", parseYear)
    .addOption(new Option('--csv', 'print CSV').conflicts(['json', 'html']))
    .addOption(new Option('--json', 'print JSON').conflicts('html'))
    // The HTML report is the whole benchmark; one holder's, the elements' or the trends' part of it is not a page of its own.
    .addOption(new Option('--html [file]', `write the HTML report with charts (default ${DEFAULT_HTML_REPORT})`).conflicts(['org', 'elements', 'trends']))
    // The terminal's league table is the only output a limit cuts; elsewhere it would be ignored without a word.
    .addOption(new Option('--limit <n>', 'holders shown in the terminal table (0: all)').argParser(parseLimit).default(30).conflicts(['csv', 'json', 'html', 'org', 'elements', 'trends']))
    .option('--include-partial', 'rank holders whose latest report was read only in part too, marked (left out by default)')
    .action(async (options) => {
    process.exitCode = await (await import('./bench.js')).runBench(withDatabase(options));
});
function parsePort(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
        throw new InvalidArgumentError('give a port number, 0 to 65535 (0: any free port)');
    return n;
}
withReadLimits(program.command('serve'))
    .description('Browse, benchmark, check and correct reports in a web app on the database (http://127.0.0.1:8080 by default; Ctrl-C stops it)')
    .option('--db <file>', DB_HELP)
    .option('--port <n>', 'the port to listen on', parsePort, 8080)
    .option('--host <address>', 'the address to listen on; other than 127.0.0.1 lets other machines reach the app', '127.0.0.1')
    .action(async (options) => {
    process.exitCode = await (await import('./serve.js')).runServe(withDatabase(options));
});
// A refused command line is one line and where to read more, not the whole help.
for (const command of program.commands)
    command.showHelpAfterError(`(run cse ${command.name()} --help for usage)`);
program.showHelpAfterError('(run cse --help for usage)');
/** Errors a person can fix (a path that names nothing, a bad manifest, a database cse cannot use, one held too long by another process). */
function userError(error) {
    if (isCseError(error))
        return error.message;
    if (error instanceof ManifestError || error instanceof DatabaseError || error instanceof BenchError || error instanceof PointsError)
        return error.message;
    if (error instanceof Error && error.code === 'SQLITE_BUSY') {
        return 'the database is busy: another process has held it for more than 30 s; try again when it has finished.';
    }
    return null;
}
// Output piped into a program that stops reading (`cse export … | head`) is not an error.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(0);
    throw error;
});
let settled = false;
// The event loop drained with the command unfinished (a promise nothing will ever settle): Node
// would exit 0 with the output half-written. Said as the bug it is, with a failing status.
process.on('beforeExit', () => {
    if (settled)
        return;
    settled = true;
    process.stderr.write('cse: internal error: the command stopped before it finished.\nThis is a bug in cse; please report it with the command line and the files it was given.\n');
    process.exitCode = EXIT.unreadable;
});
program.parseAsync(process.argv).finally(() => { settled = true; }).catch((error) => {
    if (error instanceof UsageError) {
        const command = program.args[0] && program.commands.some((c) => c.name() === program.args[0]) ? ` ${program.args[0]}` : '';
        process.stderr.write(`cse: ${error.message}\n(run cse${command} --help for usage)\n`);
        process.exitCode = EXIT.usage;
        return;
    }
    const message = userError(error);
    if (message) {
        process.stderr.write(`cse: ${message}\n`);
        process.exitCode = EXIT.unreadable;
        return;
    }
    process.stderr.write(`cse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CSE_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`);
    process.stderr.write('This is a bug in cse; please report it with the file that caused it (set CSE_DEBUG=1 for details).\n');
    process.exitCode = EXIT.unreadable;
});
//# sourceMappingURL=main.js.map