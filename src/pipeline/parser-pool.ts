/**
 * Where files are parsed. With several jobs, a pool of worker threads, one per job, so extraction
 * uses every core while the main thread writes. With one job, Markdown and Word in the main
 * thread, which saves starting a worker and copying results across; but PDFs still in a worker,
 * because a damaged or hostile PDF can keep a single pdfjs call busy for minutes, which blocks the
 * thread it runs in, and only a worker can be stopped in the middle of a call. A worker still
 * busy past the time limit is stopped (piscina ends the thread when its task is aborted), so no
 * file can hang a command.
 */
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { CseError } from '../errors.js';
import { failure } from '../failure.js';
import { formatOf } from '../read/format.js';
import { DEFAULT_MAX_SECONDS } from '../read/pdf/limits.js';
import { sha256OfFile } from './file-hash.js';
import type { ParsedFile, ParseTask } from './parse-file.js';

/** Beyond the reader's own time limit, checked between pages, a worker still busy is stopped. */
const GRACE_SECONDS = 10;

/**
 * A file whose worker had to be stopped: something in it (a PDF stream that never ends, say)
 * kept the reader busy past its limit. The worker is ended, so the batch goes on.
 */
function stopped(task: ParseTask, seconds: number): Promise<ParsedFile> {
  const message = `${task.path} was still being read after ${seconds} s and was stopped: the file may be damaged or built to hang readers; check it, or raise the limit with --max-seconds.`;
  return failed(task, new CseError('too-large', task.path, message));
}

/** A file whose worker ran out of memory (a PDF whose images or streams inflate without end, say). */
function outOfMemory(task: ParseTask): Promise<ParsedFile> {
  const message = `${task.path} needed more memory than cse gives one file's reader and was stopped: the file may be damaged or built to exhaust readers; check it, and export or save it again.`;
  return failed(task, new CseError('too-large', task.path, message));
}

async function failed(task: ParseTask, error: CseError): Promise<ParsedFile> {
  // The worker never sent the file's hash back; it is taken here, so an import knows the file again.
  error.sha256 = await sha256OfFile(task.path);
  return { path: task.path, output: failure(task.path, error), sizeBytes: null, passages: [] };
}

export interface ParserPool {
  parse(task: ParseTask): Promise<ParsedFile>;
  close(): Promise<void>;
}

export interface PoolLimits {
  /** Most megabytes of heap one worker may hold; past it the worker is stopped and its file fails as too-large. */
  maxHeapMb?: number;
}

function workerPool(threads: number, limits: PoolLimits): ParserPool {
  const pool = new Piscina<ParseTask, ParsedFile>({
    filename: new URL('./parse-file.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Parsing allocates heavily (micromark tokens, mdast); a larger young generation means fewer
    // scavenges and less promoted to the old one: about 12% less CPU time with two workers, measured
    // on the fixture corpus, for some 50 MB more peak memory.
    resourceLimits: { maxYoungGenerationSizeMb: 64, ...(limits.maxHeapMb && { maxOldGenerationSizeMb: limits.maxHeapMb }) },
  });
  // A worker that dies between tasks (out of memory while starting, say) is replaced by piscina;
  // unheard, the pool's 'error' event would end the whole command.
  pool.on('error', () => {});
  // A task is handed to piscina only when a thread is free, so its time limit runs from when it is
  // read, not while it waits in the queue behind a PDF that holds every thread.
  const free = pLimit(threads);
  return {
    parse: (task) =>
      free(async () => {
        const seconds = (task.readOptions.maxSeconds ?? DEFAULT_MAX_SECONDS) + GRACE_SECONDS;
        try {
          return await pool.run(task, { signal: AbortSignal.timeout(seconds * 1000) });
        } catch (error) {
          if ((error as { name?: string }).name === 'AbortError') return stopped(task, seconds);
          if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') return outOfMemory(task);
          throw error;
        }
      }),
    close: () => pool.destroy(),
  };
}

async function parseInThisThread(task: ParseTask): Promise<ParsedFile> {
  // Loaded at the first file parsed here: a command given only PDFs does not load the readers twice.
  const { default: parseFile } = await import('./parse-file.js');
  return parseFile(task);
}

export function createParserPool(jobs: number, limits: PoolLimits = {}): ParserPool {
  if (jobs > 1) return workerPool(jobs, limits);
  // Started at the first PDF, so a run without PDFs starts no thread.
  let pdfWorker: ParserPool | undefined;
  return {
    parse: (task) => (formatOf(task.path) === 'pdf' ? (pdfWorker ??= workerPool(1, limits)).parse(task) : parseInThisThread(task)),
    close: async () => pdfWorker?.close(),
  };
}
