import { type OrganisationFacts } from '../db/organisations.js';
export declare class ManifestError extends Error {
    readonly name = "ManifestError";
}
export interface Manifest {
    path: string;
    /** One entry per organisation; a later row's non-blank fields win over an earlier row's. */
    organisations: OrganisationFacts[];
    /** The organisation the manifest gives a file, or null when it says nothing about it. */
    organisationOfFile(file: string): string | null;
    /** What the manifest says that cse settled one way and the person should look at (rows that disagree on an opt-out). */
    warnings: string[];
}
export declare const EMPTY_MANIFEST: Manifest;
export declare function readManifest(path: string): Promise<Manifest>;
