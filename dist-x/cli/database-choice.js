/**
 * Which database a command uses: `--db`, else the CSE_DB environment variable, else the `db` of a
 * config file (`cse.config.json`, or the `cse` key of package.json, in the working folder or the
 * nearest folder above it that has one), else out/cse.sqlite. Where it came from is kept, so a
 * command run in the wrong folder can say which path it looked at and why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_DATABASE } from '../db/open.js';
import { UsageError } from './exit.js';
function parseJson(file) {
    try {
        const value = JSON.parse(readFileSync(file, 'utf8'));
        if (value && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch (error) {
        throw new UsageError(`${file} is not valid JSON (${error.message}).`);
    }
    throw new UsageError(`${file} is not a JSON object.`);
}
/** The nearest config file from `cwd` upwards: cse.config.json, or a package.json with a `cse` key. */
export function findConfig(cwd) {
    for (let dir = resolve(cwd);; dir = dirname(dir)) {
        const own = join(dir, 'cse.config.json');
        if (existsSync(own))
            return { file: own, db: parseJson(own).db };
        const pkg = join(dir, 'package.json');
        if (existsSync(pkg)) {
            const section = parseJson(pkg).cse;
            if (section && typeof section === 'object')
                return { file: pkg, db: section.db };
        }
        if (dirname(dir) === dir)
            return null;
    }
}
export function chooseDatabase(option, cwd = process.cwd(), env = process.env) {
    if (option)
        return { path: option, origin: 'from --db' };
    if (env.CSE_DB)
        return { path: env.CSE_DB, origin: 'from CSE_DB' };
    const config = findConfig(cwd);
    if (config && config.db !== undefined) {
        if (typeof config.db !== 'string' || !config.db)
            throw new UsageError(`${config.file}: "db" must be the path of the database, e.g. "data/cse.sqlite".`);
        // A path in a config file is relative to that file, so the project's database is found from any folder in it.
        return { path: relative(cwd, resolve(dirname(config.file), config.db)) || config.db, origin: `from ${config.file}` };
    }
    return { path: DEFAULT_DATABASE, origin: 'the default, out/cse.sqlite of the working folder; name another with --db, CSE_DB or cse.config.json' };
}
//# sourceMappingURL=database-choice.js.map