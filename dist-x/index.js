/** `cse` as a library: `import { extract } from 'cse'`. */
export { extract, extractFile, isFailure, failure } from './api.js';
export { CseError, isCseError, ERROR_CODES } from './errors.js';
export { readReportFile } from './read/index.js';
export { classify } from './extract/classify.js';
export { RULES, FINDING_KINDS, runRules } from './rules/index.js';
export { verdictOf, verdictLine } from './check/verdict.js';
export { achievementOf } from './check/achievement.js';
export { CheckConfig, DEFAULT_CONFIG, loadConfig, applyConfig } from './check/config.js';
export { DEFAULT_SCHEME, SCHEME_2019 } from './standard/scheme.js';
export { ELEMENTS, CRITERIA, SUB_CRITERIA } from './standard/catalogue.js';
export * from './schema/report.js';
//# sourceMappingURL=index.js.map