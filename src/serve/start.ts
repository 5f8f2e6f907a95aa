/** Starting the app: the database opened once, a reader for uploads, and an HTTP server on loopback unless told otherwise. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openDatabase } from '../db/open.js';
import type { PoolLimits } from '../pipeline/parser-pool.js';
import type { ReadOptions } from '../read/index.js';
import { createApp } from './app.js';
import { Uploads } from './uploads.js';

export interface ServeOptions {
  database: string;
  port: number;
  host: string;
  readOptions: ReadOptions;
  poolLimits: PoolLimits;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const db = openDatabase(options.database);
  const uploads = new Uploads(options.readOptions, options.poolLimits);
  const app = createApp({ db, database: options.database, readOptions: options.readOptions, uploads });
  const address = await new Promise<AddressInfo & { server: ReturnType<typeof serve> }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => resolve({ ...info, server }));
    server.once('error', reject);
  });
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    async close() {
      await new Promise<void>((resolve) => address.server.close(() => resolve()));
      await uploads.close();
      db.close();
    },
  };
}
