/** The read limits every command that reads reports takes: `--max-size`, `--max-unpacked`, `--max-pages` and `--max-seconds`. */
import { type Command, InvalidArgumentError } from 'commander';
import type { ReadOptions } from '../read/index.js';

export interface ReadLimits {
  maxSize?: number;
  maxUnpacked?: number;
  maxPages?: number;
  maxSeconds?: number;
}

/** A size such as `20MB`, `500kB` or `1048576`, in bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|m|g)?i?b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('give a size such as 20MB or 500kB');
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Math.round(Number(m[1]) * unit);
}

export function readOptionsOf(limits: ReadLimits): ReadOptions {
  return { maxBytes: limits.maxSize, maxUnpackedBytes: limits.maxUnpacked, maxPages: limits.maxPages, maxSeconds: limits.maxSeconds };
}

/** A whole number of at least 1. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number, 1 or more');
  return n;
}

/** Adds the read-limit options to a command that reads reports. */
export function withReadLimits(command: Command): Command {
  return command
    .option('--max-size <size>', 'largest file read (default 50MB)', parseSize)
    .option('--max-unpacked <size>', 'most a Word file may expand to when unzipped (default 200MB)', parseSize)
    .option('--max-pages <n>', 'most pages of a PDF read (default 500)', parseCount)
    .option('--max-seconds <n>', 'most seconds spent reading one PDF (default 120); its worker is stopped 10 s after that', parseCount);
}
