/**
 * Where files are parsed: a pool of child processes, one per job, so extraction uses every core
 * while the main process writes. Every file, whatever its format, is read in a child, because any
 * reader can be made to run for minutes or take gigabytes (a damaged or hostile PDF in one pdfjs
 * call; Markdown nested thousands deep, which micromark takes quadratic time over; a Word file
 * whose XML mammoth holds as objects many times its size), and only a reader of its own can be
 * stopped in the middle of a call or given a heap of its own. Processes, not worker threads: V8
 * ends a worker thread at its heap limit only when the last allocation fits in a small leeway,
 * and one larger allocation (a 1.3 MB line of Markdown held as one string, seen in a fuzz run)
 * aborts the whole process, every file of the batch with it. A child that aborts takes only
 * itself. A child still busy past the time limit is killed; one that outgrows its heap dies
 * alone. Either way its file fails as too-large, a new child is started and the command goes on.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import workerpool from 'workerpool';
import pLimit from 'p-limit';
import { CseError } from '../errors.js';
import { failure } from '../failure.js';
import { formatOf } from '../read/format.js';
import { DEFAULT_MAX_SECONDS } from '../read/pdf/limits.js';
import { sha256OfFile } from './file-hash.js';
import type { ParsedFile, ParseTask } from './parse-file.js';

/**
 * How long past the time limit a child is left. A PDF's, 10 s: the PDF reader checks the limit
 * itself between pages and says at which page it stopped, which is the better message. Markdown
 * and Word readers have no such check (each is one library call); theirs, 5 s, for a child that
 * starts by loading its readers on a machine busy with other work.
 */
const GRACE_SECONDS = { pdf: 10, other: 5 };

/**
 * A file whose reader had to be stopped: something in it (a PDF stream that never ends, say)
 * kept the reader busy past its limit. Its child is killed, so the batch goes on.
 */
function stopped(task: ParseTask, seconds: number): Promise<ParsedFile> {
  const message = `${task.path} was still being read after ${seconds} s and was stopped: the file may be damaged or built to hang readers; check it, or raise the limit with --max-seconds.`;
  return failed(task, new CseError('too-large', task.path, message));
}

/**
 * A file no reader took in time: the child meant for it did not start, or did not load its
 * readers, while the file's time and the start allowance ran (a machine too busy to start a
 * process, a child stopped as it started). Not the file's fault, and said so.
 */
function notTaken(task: ParseTask, seconds: number): Promise<ParsedFile> {
  const message = `${task.path} was not read: no reader process was ready for it within ${seconds} s (the machine may be too busy); run the command again, with fewer --jobs or a higher --max-seconds.`;
  return failed(task, new CseError('too-large', task.path, message));
}

/** A file whose reader ran out of memory (a PDF whose streams inflate without end, a table of a million cells, say). */
function outOfMemory(task: ParseTask, heapMb: number): Promise<ParsedFile> {
  const message = `${task.path} needed more than the ${heapMb} MB of memory cse gives one file's reader and was stopped: the file may be damaged or built to exhaust readers; check it, or raise the limit with --max-memory.`;
  return failed(task, new CseError('too-large', task.path, message));
}

async function failed(task: ParseTask, error: CseError): Promise<ParsedFile> {
  // The child never sent the file's hash back; it is taken here, so an import knows the file again.
  error.sha256 = await sha256OfFile(task.path);
  return { path: task.path, output: failure(task.path, error), sizeBytes: null, passages: [], detail: error.detail };
}

export interface ParserPool {
  parse(task: ParseTask): Promise<ParsedFile>;
  close(): Promise<void>;
}

export interface PoolLimits {
  /** Most megabytes of heap one file's reader may hold; past it the reader is stopped and its file fails as too-large. */
  maxHeapMb?: number;
}

/**
 * The default heap of one file's reader. The largest report in the fixtures and the bench corpus
 * needs under a fifth of it; with the child's young generation, code and buffers, a process
 * reading one file stays under 512 MB resident.
 */
export const DEFAULT_MAX_HEAP_MB = 256;

/**
 * What V8 writes as it aborts a process at its heap limit, and the signals such an end comes
 * with: its own abort, or the kernel's kill when the machine itself ran out.
 */
const OUT_OF_MEMORY = /heap limit|heap out of memory|Allocation failed/;
const MEMORY_SIGNALS = ['SIGABRT', 'SIGKILL'];

/** The last few kilobytes a child wrote to stderr: enough for V8's last words, never the whole of a chatty library. */
const STDERR_KEPT = 4096;

/** A child that ended in the middle of a file for another reason than its memory: it is said, with what the child wrote. */
function ended(task: ParseTask, how: string, stderr: string): Promise<ParsedFile> {
  const message = `${task.path} could not be read: its reader stopped unexpectedly (${how}); the file may be damaged; check it, and if it opens in other programs, report it with the output of --verbose.`;
  return failed(task, new CseError('corrupt', task.path, message, stderr.trim() || null));
}

/**
 * How long closing the pool waits for its children to end when asked. workerpool asks each by
 * message, then with SIGTERM; a child that cannot act on either (starved of CPU, swapped out,
 * stopped) would keep the command from ever exiting, as once seen in a fuzz run under heavy load.
 * Past this, the children still there are killed outright: a reader holds nothing worth keeping.
 */
const CLOSE_SECONDS = 5;

/**
 * How long after a file's time runs out its reader is left to end as workerpool asks it (a
 * message, then SIGTERM, each given a second) before it is killed outright. Not at once: killed
 * before workerpool waits for it to end, the child's end would go unseen and its place in the
 * pool would never be freed.
 */
const KILL_AFTER_STOP_SECONDS = 5;

/**
 * How long past a file's own time it may wait for a reader to take it: a child whose place is
 * being freed (a stopped reader killed, above) and a new child starting and loading its readers on
 * a busy machine. A file's own time starts only once a reader has taken it.
 */
const TAKE_ALLOWANCE_SECONDS = KILL_AFTER_STOP_SECONDS + 10;

/** Whether a child has not yet ended (and been reaped, so its pid is still its own). */
const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Ends a child outright if it is still running. */
function killOutright(child: ChildProcess): void {
  if (isRunning(child)) child.kill('SIGKILL');
}

/**
 * The pool's child processes, and whether workerpool is ending each (asked, not yet gone).
 * workerpool keeps them in a private field; read defensively, so a release that moves it gives
 * none rather than an error (test/time-limit.test.ts, with a frozen reader, notices).
 */
function childrenOf(pool: workerpool.Pool): { child: ChildProcess; ending: boolean }[] {
  const handlers = (pool as unknown as { workers?: { worker?: ChildProcess | null; cleaning?: boolean }[] }).workers;
  if (!Array.isArray(handlers)) return [];
  return handlers.flatMap((h) => (h.worker && typeof h.worker.kill === 'function' ? [{ child: h.worker, ending: h.cleaning === true }] : []));
}

/** Waits up to `ms` for a child to end, then kills it outright. */
function exitsWithin(child: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (!isRunning(child)) return resolve();
    const timer = setTimeout(() => {
      killOutright(child);
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Asks the pool's children to end, as workerpool asks them, waiting at most `ms` for it to say they have. */
async function askToEnd(pool: workerpool.Pool, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => { timer = setTimeout(resolve, ms); });
  const ended = new Promise<void>((resolve) => { pool.terminate(true).then(() => resolve(), () => resolve()); });
  await Promise.race([ended, late]);
  clearTimeout(timer);
}

export function createParserPool(processes: number, limits: PoolLimits = {}): ParserPool {
  const heapMb = limits.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const newPool = () => workerpool.pool(fileURLToPath(new URL('./parse-file-entry.cjs', import.meta.url)), {
    workerType: 'process',
    maxWorkers: processes,
    // A child's stderr is collected (V8's "heap limit" says why it ended), not passed to the
    // terminal, where its native stack trace would look like cse's own failure.
    emitStdStreams: true,
    forkOpts: {
      // A young generation of 16 MB semi-spaces: parsing allocates heavily (micromark tokens,
      // mdast), and a larger one means fewer scavenges.
      execArgv: [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=16'],
      // Structured clone, as between threads: a record crosses as it was made, undefined and all.
      serialization: 'advanced',
    },
  });
  let pool = newPool();
  const oneChildEach = pLimit(processes);
  // Every child the pool has started. workerpool forgets a child it has sent SIGTERM when asked to
  // end it again (Node marks a process `killed` once the signal is sent, not once it has ended), so
  // a child that never acted on the signal is found here, not in the pool's list.
  const started = new Set<ChildProcess>();
  const remember = () => {
    for (const { child } of childrenOf(pool)) started.add(child);
  };
  const running = () => [...started].filter(isRunning);
  const listed = () => new Set(childrenOf(pool).filter((c) => !c.ending).map((c) => c.child));
  return {
    parse: (task) => oneChildEach(async () => {
      const seconds = (task.readOptions.maxSeconds ?? DEFAULT_MAX_SECONDS) + GRACE_SECONDS[formatOf(task.path) === 'pdf' ? 'pdf' : 'other'];
      const waitSeconds = seconds + TAKE_ALLOWANCE_SECONDS;
      let stderr = '';
      // Which clock ran out: the wait for a reader to take the file, or the reading itself.
      let expired: 'waiting' | 'reading' | undefined;
      let clock: NodeJS.Timeout | undefined;
      const startClock = (which: 'waiting' | 'reading', limit: number) => {
        clearTimeout(clock);
        clock = setTimeout(() => {
          expired = which;
          // Every child is known before any is asked to end: a child the pool started after the
          // call's first look (frozen as it started, here) would otherwise be dropped from the
          // pool's list unseen, never killed, and keep the command from exiting.
          remember();
          // workerpool ends the child of a cancelled call (a message, then SIGTERM).
          parsed.cancel();
        }, limit * 1000);
      };
      const on = (payload: { stderr?: string; reading?: boolean }) => {
        if (payload.stderr) stderr = (stderr + payload.stderr).slice(-STDERR_KEPT);
        // The file's time starts when a reader takes it, not while it waits behind other files
        // or for a child to start: workerpool's own timeout would count both.
        if (payload.reading) startClock('reading', seconds);
      };
      const parsed = pool.exec('parse', [task], { on });
      startClock('waiting', waitSeconds);
      try {
        // The pool starts a child, where it needs one, as it takes the file.
        remember();
        return (await parsed) as ParsedFile;
      } catch (error) {
        if (error instanceof workerpool.Promise.CancellationError && expired) {
          // A reader too starved or stopped to act on SIGTERM would hold its place in the pool,
          // or live on outside it, for good: any child still running that the pool is ending, or
          // no longer lists, is killed outright.
          setTimeout(() => {
            const kept = listed();
            for (const child of running()) if (!kept.has(child)) killOutright(child);
          }, KILL_AFTER_STOP_SECONDS * 1000).unref();
          // A file no reader took while no reader is running at all: the pool holds places for
          // children that are gone (seen once in a 10,000-file fuzz import, after a stopped reader:
          // every file after it waited its whole allowance and failed). A new pool takes the next
          // files; the old one is ended.
          if (expired === 'waiting' && running().length === 0) {
            const wedged = pool;
            pool = newPool();
            void askToEnd(wedged, CLOSE_SECONDS * 1000);
          }
          return expired === 'reading' ? stopped(task, seconds) : notTaken(task, waitSeconds);
        }
        if (!(error instanceof workerpool.TerminateError)) throw error;
        const signal = /signalCode: `(\w+)`/.exec(error.message)?.[1];
        const code = /exitCode: `(\w+)`/.exec(error.message)?.[1];
        if (OUT_OF_MEMORY.test(stderr) || MEMORY_SIGNALS.includes(signal ?? '')) return outOfMemory(task, heapMb);
        return ended(task, signal && signal !== 'null' ? `signal ${signal}` : `exit code ${code}`, stderr);
      } finally {
        clearTimeout(clock);
      }
    }),
    close: async () => {
      remember();
      await askToEnd(pool, CLOSE_SECONDS * 1000);
      // Whether workerpool says its children ended or not, one still running is ended now, after
      // a moment to finish ending as asked.
      await Promise.all(running().map((child) => exitsWithin(child, CLOSE_SECONDS * 1000)));
    },
  };
}
