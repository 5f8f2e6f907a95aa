/**
 * Where files are parsed: a pool of worker threads, one per job, so extraction uses every core
 * while the main thread writes. Every file, whatever its format, is read in a worker, because any
 * reader can be made to run for minutes or take gigabytes (a damaged or hostile PDF in one pdfjs
 * call; Markdown nested thousands deep, which micromark takes quadratic time over; a Word file
 * whose XML mammoth holds as objects many times its size), and only a worker can be stopped in
 * the middle of a call or given a heap of its own. A worker still busy past the time limit is
 * stopped (piscina ends the thread when its task is aborted); one that outgrows its heap dies
 * alone. Either way its file fails as too-large and the command goes on.
 */
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { CseError } from '../errors.js';
import { failure } from '../failure.js';
import { formatOf } from '../read/format.js';
import { DEFAULT_MAX_SECONDS } from '../read/pdf/limits.js';
import { sha256OfFile } from './file-hash.js';
import type { ParsedFile, ParseTask } from './parse-file.js';

/**
 * How long past the time limit a worker is left. A PDF's, 10 s: the PDF reader checks the limit
 * itself between pages and says at which page it stopped, which is the better message. Markdown
 * and Word readers have no such check (each is one library call); theirs, 5 s, for a worker that
 * starts by loading its readers on a machine busy with other work.
 */
const GRACE_SECONDS = { pdf: 10, other: 5 };

/**
 * A file whose worker had to be stopped: something in it (a PDF stream that never ends, say)
 * kept the reader busy past its limit. The worker is ended, so the batch goes on.
 */
function stopped(task: ParseTask, seconds: number): Promise<ParsedFile> {
  const message = `${task.path} was still being read after ${seconds} s and was stopped: the file may be damaged or built to hang readers; check it, or raise the limit with --max-seconds.`;
  return failed(task, new CseError('too-large', task.path, message));
}

/** A file whose worker ran out of memory (a PDF whose streams inflate without end, a table of a million cells, say). */
function outOfMemory(task: ParseTask, heapMb: number): Promise<ParsedFile> {
  const message = `${task.path} needed more than the ${heapMb} MB of memory cse gives one file's reader and was stopped: the file may be damaged or built to exhaust readers; check it, or raise the limit with --max-memory.`;
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

/**
 * The default heap of one file's reader. The largest report in the fixtures and the bench corpus
 * needs under a fifth of it; with the worker's young generation, code and the main thread, a
 * process reading one file stays under 512 MB resident.
 */
export const DEFAULT_MAX_HEAP_MB = 256;

export function createParserPool(threads: number, limits: PoolLimits = {}): ParserPool {
  const heapMb = limits.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const pool = new Piscina<ParseTask, ParsedFile>({
    filename: new URL('./parse-file-entry.cjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // A young generation of 32 MB: parsing allocates heavily (micromark tokens,
    // mdast), and a larger one means fewer scavenges. Not 64: a worker at its heap limit is given
    // 16 MB of leeway to finish the collection under way, and a scavenge promoting more than that
    // (which a 64 MB young generation can) aborts the whole process instead of ending the worker.
    resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: heapMb },
  });
  // A worker that dies between tasks (out of memory while starting, say) is replaced by piscina;
  // unheard, the pool's 'error' event would end the whole command.
  pool.on('error', () => {});
  const oneWorkerEach = pLimit(threads);
  return {
    parse: async (task) => {
      const seconds = (task.readOptions.maxSeconds ?? DEFAULT_MAX_SECONDS) + GRACE_SECONDS[formatOf(task.path) === 'pdf' ? 'pdf' : 'other'];
      try {
        // A file's time starts when a worker takes it, not while it waits behind other files.
        return await oneWorkerEach(() => pool.run(task, { signal: AbortSignal.timeout(seconds * 1000) }));
      } catch (error) {
        if ((error as { name?: string }).name === 'AbortError') return stopped(task, seconds);
        if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') return outOfMemory(task, heapMb);
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
