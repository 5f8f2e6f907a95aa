/** `cse serve`: the web app on the database, until Ctrl-C. */
import { existsSync } from 'node:fs';
import { startServer } from '../serve/start.js';
import { EXIT } from './exit.js';
import { poolLimitsOf, readOptionsOf } from './limits.js';
export async function runServe(options) {
    const fresh = !existsSync(options.db);
    let server;
    try {
        server = await startServer({ database: options.db, port: options.port, host: options.host, readOptions: readOptionsOf(options), poolLimits: poolLimitsOf(options) });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
            process.stderr.write(`cse: cannot listen on ${options.host}:${options.port} (${code}): choose another with --port, or stop what uses it.\n`);
            return EXIT.usage;
        }
        throw error;
    }
    process.stderr.write(`cse serve: ${server.url} on ${options.db} (${options.dbOrigin})${fresh ? ', a new empty database: import reports with `cse import` or the Check page' : ''}${options.host === '127.0.0.1' || options.host === 'localhost' ? '' : `; listening on ${options.host}, reachable from other machines`}. Ctrl-C stops it.\n`);
    await new Promise((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    await server.close();
    return EXIT.ok;
}
//# sourceMappingURL=serve.js.map