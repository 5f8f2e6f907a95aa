/**
 * The parser pool's worker entry, in CommonJS: piscina loads a worker file with `require`, and
 * on Node 20 `require` of an ES module that a worker is stopped in the middle of loading (the
 * pool closed while its second worker still starts) aborts the whole process ("v8::Module::
 * IsGraphAsync … must be used on an instantiated module"). Loaded here with `import()` instead,
 * which a stopped worker simply abandons.
 */
import type { ParsedFile, ParseTask } from './parse-file.js';

let parseFile: Promise<(task: ParseTask) => Promise<ParsedFile>> | undefined;

module.exports = async function parse(task: ParseTask): Promise<ParsedFile> {
  parseFile ??= import('./parse-file.js').then((m) => m.default);
  return (await parseFile)(task);
};
