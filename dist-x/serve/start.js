import { serve } from '@hono/node-server';
import { openDatabase } from '../db/open.js';
import { createApp } from './app.js';
import { Uploads } from './uploads.js';
export async function startServer(options) {
    const db = openDatabase(options.database);
    const uploads = new Uploads(options.readOptions, options.poolLimits);
    const app = createApp({ db, database: options.database, readOptions: options.readOptions, uploads });
    const address = await new Promise((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => resolve({ ...info, server }));
        server.once('error', reject);
    });
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
        url: `http://${host}:${address.port}`,
        async close() {
            await new Promise((resolve) => address.server.close(() => resolve()));
            await uploads.close();
            db.close();
        },
    };
}
//# sourceMappingURL=start.js.map