/**
 * The CPU-bound part of an import, one file: read, extract, check, and collect the narrative for
 * search. It runs in a worker thread (this module's default export is the pool's task) or, with
 * `--jobs 1`, in the main thread; it never touches the database.
 */
import { extractFile } from '../api.js';
import type { ReadOptions } from '../read/index.js';
import type { ExtractOutput } from '../schema/report.js';
import type { NarrativePassage } from '../db/load-report.js';
import { narrativePassages } from './passages.js';

export interface ParseTask {
  path: string;
  readOptions: ReadOptions;
  /** Collect the narrative passages for search (an import does; extract, check and batch do not). */
  passages?: boolean;
}

export interface ParsedFile {
  path: string;
  output: ExtractOutput;
  sizeBytes: number | null;
  passages: NarrativePassage[];
}

export default async function parseFile(task: ParseTask): Promise<ParsedFile> {
  let passages: NarrativePassage[] = [];
  let sizeBytes: number | null = null;
  const output = await extractFile(task.path, {
    ...task.readOptions,
    onRead(read) {
      sizeBytes = read.bytes;
      if (task.passages) passages = narrativePassages(read.document);
    },
  });
  return { path: task.path, output, sizeBytes, passages };
}
