#!/usr/bin/env node
/** The `cse` command: thin wrappers that parse arguments and call the library. */
import { Command, Option } from 'commander';
import { runBatch } from './batch.js';
import { parseCount, parseSize, type ReadLimits } from './limits.js';
import { runCheck, runExtract, type CheckOptions } from './single.js';


const program = new Command()
  .name('cse')
  .description('Turns Customer Service Excellence assessment reports into data, and checks them.')
  .showHelpAfterError()
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 1);
  });

program
  .command('extract')
  .description('Extract one report into the canonical record (exit 0: extracted; 2: not readable or not a report)')
  .argument('<file>', 'the report (.docx, .md, .markdown, .txt)')
  .option('--json', 'print the record as JSON on stdout (the output contract)')
  .option('--max-size <size>', 'largest file read (default 50MB)', parseSize)
  .option('--max-unpacked <size>', 'most a Word file may expand to when unzipped (default 200MB)', parseSize)
  .option('--max-pages <n>', 'most pages of a PDF read (default 500)', parseCount)
  .action(async (file: string, options: ReadLimits & { json?: boolean }) => {
    process.exitCode = await runExtract(file, options);
  });

program
  .command('check')
  .description("Check a report against the scheme's rules (exit 0: no finding at the --fail-on severity; 1: such findings, or a bad --config; 2: not readable)")
  .argument('<file>', 'the report')
  .option('--json', 'print the verdicts and findings as JSON')
  .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe (default: error, or the config file\'s failOn)').choices(['error', 'warning']))
  .option('--config <file>', 'JSON file changing rule severities or turning rules off (see README, "Configuring the rules")')
  .option('--max-size <size>', 'largest file read (default 50MB)', parseSize)
  .option('--max-unpacked <size>', 'most a Word file may expand to when unzipped (default 200MB)', parseSize)
  .option('--max-pages <n>', 'most pages of a PDF read (default 500)', parseCount)
  .action(async (file: string, options: CheckOptions) => {
    process.exitCode = await runCheck(file, options);
  });

program
  .command('batch')
  .description('Extract and check every report in some files and folders, writing one JSON record per file')
  .argument('<paths...>', 'files and folders')
  .option('--out <dir>', 'where to write the records', 'out/records')
  .option('--json', 'print the summary as JSON on stdout')
  .option('--max-size <size>', 'largest file read (default 50MB)', parseSize)
  .option('--max-unpacked <size>', 'most a Word file may expand to when unzipped (default 200MB)', parseSize)
  .option('--max-pages <n>', 'most pages of a PDF read (default 500)', parseCount)
  .action(async (paths: string[], options: ReadLimits & { out: string; json?: boolean }) => {
    process.exitCode = await runBatch(paths, options);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`cse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.CSE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.stderr.write('This is a bug in cse; please report it with the file that caused it (set CSE_DEBUG=1 for details).\n');
  process.exitCode = 1;
});
