/**
 * Where files are parsed: a pool of worker threads, one per job, so extraction uses every core
 * while the main thread writes; or, with one job, the main thread itself, which saves starting a
 * worker and copying its results across. A worker still busy past the time limit is stopped
 * (piscina ends the thread when its task is aborted), so no file can hang an import.
 */
import { Piscina } from 'piscina';
import { failure } from '../api.js';
import { CseError } from '../errors.js';
import { DEFAULT_MAX_SECONDS } from '../read/pdf/index.js';
import parseFile, { type ParsedFile, type ParseTask } from './parse-file.js';

/** Beyond the reader's own time limit, checked between pages, a worker still busy is stopped. */
const GRACE_SECONDS = 10;

/**
 * A file whose worker had to be stopped: something in it (a PDF stream that never ends, say)
 * kept the reader busy past its limit. The worker is ended, so the batch goes on.
 */
function stopped(task: ParseTask, seconds: number): ParsedFile {
  const error = new CseError(
    'too-large',
    task.path,
    `${task.path} was still being read after ${seconds} s and was stopped: the file may be damaged or built to hang readers; check it, or raise the limit with --max-seconds.`,
  );
  return { path: task.path, output: failure(task.path, error), sizeBytes: null, passages: [] };
}

export interface ParserPool {
  parse(task: ParseTask): Promise<ParsedFile>;
  close(): Promise<void>;
}

export function createParserPool(jobs: number): ParserPool {
  if (jobs <= 1) return { parse: parseFile, close: async () => {} };
  const pool = new Piscina<ParseTask, ParsedFile>({
    filename: new URL('./parse-file.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // Parsing allocates heavily (micromark tokens, mdast); a larger young generation means fewer
    // scavenges and less promoted to the old one: about 12% less CPU time with two workers, measured
    // on the fixture corpus, for some 50 MB more peak memory.
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  return {
    parse: async (task) => {
      const seconds = (task.readOptions.maxSeconds ?? DEFAULT_MAX_SECONDS) + GRACE_SECONDS;
      try {
        return await pool.run(task, { signal: AbortSignal.timeout(seconds * 1000) });
      } catch (error) {
        if ((error as { name?: string }).name === 'AbortError') return stopped(task, seconds);
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
