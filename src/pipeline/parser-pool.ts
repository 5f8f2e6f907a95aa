/**
 * Where files are parsed: a pool of worker threads, one per job, so extraction uses every core
 * while the main thread writes; or, with one job, the main thread itself, which saves starting a
 * worker and copying its results across.
 */
import { Piscina } from 'piscina';
import parseFile, { type ParsedFile, type ParseTask } from './parse-file.js';

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
  });
  return {
    parse: (task) => pool.run(task),
    close: () => pool.destroy(),
  };
}
