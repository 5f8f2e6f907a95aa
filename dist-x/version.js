/** cse's own version, from its package.json: the CLI's --version, and what an import notes with each file it could not read. */
import { createRequire } from 'node:module';
export const CSE_VERSION = createRequire(import.meta.url)('../package.json').version;
//# sourceMappingURL=version.js.map