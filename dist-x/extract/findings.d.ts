/**
 * What extraction itself reports, by id: facts the record cannot hold (a heading, a lost code, a
 * second rating) or that only the document shows. Listed here so the configuration can name
 * them and the README can document them beside the rules.
 */
import type { FindingKind } from '../rules/rule.js';
export declare const EXTRACTION_FINDINGS: readonly FindingKind[];
