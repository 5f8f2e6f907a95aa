import { formatOf } from './read/format.js';
import { SCHEMA_VERSION } from './schema/report.js';
export function failure(path, error) {
    return {
        schemaVersion: SCHEMA_VERSION,
        source: { path, format: formatOf(path), sha256: error.sha256 },
        error: { code: error.code, message: error.message },
    };
}
export function isFailure(output) {
    return 'error' in output;
}
//# sourceMappingURL=failure.js.map