"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The parser pool's child process, in CommonJS: workerpool forks it with `node` and it answers
 * the pool's `parse` calls. The readers are loaded with `import()` on the first file, so a child
 * the pool stops while it starts simply ends.
 */
const workerpool = require("workerpool");
let parseFile;
workerpool.worker({
    async parse(task) {
        parseFile ??= import('./parse-file.js').then((m) => m.default);
        const parse = await parseFile;
        // The pool starts the file's time now: starting this process and loading the readers are not the file's.
        workerpool.workerEmit({ reading: true });
        return parse(task);
    },
});
//# sourceMappingURL=parse-file-entry.cjs.map