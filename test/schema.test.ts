/** The committed JSON Schema is the one the zod schema generates. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderJsonSchema, SCHEMA_PATH } from '../src/schema/write-json-schema.js';

it('schemas/report.schema.json has not drifted from src/schema/report.ts (run `npm run schemas`)', () => {
  expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(renderJsonSchema());
});
