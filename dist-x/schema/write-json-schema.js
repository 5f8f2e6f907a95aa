/**
 * Writes schemas/report.schema.json from the zod schema, or with --check fails when the
 * committed file has drifted from the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ExtractOutput } from './report.js';
export const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/report.schema.json', import.meta.url));
export function renderJsonSchema() {
    const schema = z.toJSONSchema(ExtractOutput, { target: 'draft-2020-12' });
    const document = {
        $id: 'https://cse.invalid/schemas/report.schema.json',
        title: 'CSE assessment report record (cse extract --json)',
        ...schema,
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
function main(argv) {
    const rendered = renderJsonSchema();
    if (argv.includes('--check')) {
        let committed = '';
        try {
            committed = readFileSync(SCHEMA_PATH, 'utf8');
        }
        catch {
            committed = '';
        }
        if (committed !== rendered) {
            process.stderr.write(`${SCHEMA_PATH} is out of date with src/schema/report.ts: run \`npm run schemas\` and commit it.\n`);
            return 1;
        }
        process.stderr.write('schemas/report.schema.json matches the zod schema.\n');
        return 0;
    }
    writeFileSync(SCHEMA_PATH, rendered);
    process.stderr.write(`wrote ${SCHEMA_PATH}\n`);
    return 0;
}
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    process.exitCode = main(process.argv.slice(2));
}
//# sourceMappingURL=write-json-schema.js.map