/**
 * Every test's temporary files (mkdtemp in tests, the CLI's children) go under one folder made
 * for the run and removed after it, so test runs leave nothing behind in the system's tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'cse-test-run-'));
  // Workers and the CLI processes they start inherit this, so os.tmpdir() points inside the root.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
