/**
 * The parser pool's child process, in CommonJS: workerpool forks it with `node` and it answers
 * the pool's `parse` calls. The readers are loaded with `import()` on the first file, so a child
 * the pool stops while it starts simply ends.
 */
import workerpool = require('workerpool');
import type { ParsedFile, ParseTask } from './parse-file.js';

let parseFile: Promise<(task: ParseTask) => Promise<ParsedFile>> | undefined;

workerpool.worker({
  async parse(task: ParseTask): Promise<ParsedFile> {
    parseFile ??= import('./parse-file.js').then((m) => m.default);
    const parse = await parseFile;
    // The pool starts the file's time now: starting this process and loading the readers are not the file's.
    workerpool.workerEmit({ reading: true });
    return parse(task);
  },
});
