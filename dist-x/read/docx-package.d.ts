/** Default limit on the bytes a Word package may expand to. Real reports expand to a few MiB. */
export declare const DEFAULT_MAX_UNPACKED_BYTES: number;
/**
 * Checks that `bytes` are a readable Word package within `maxUnpackedBytes`: the sizes the zip
 * declares, and the real size of every part mammoth will inflate, since a zip bomb can declare
 * small sizes.
 */
export declare function checkWordPackage(path: string, bytes: Buffer, maxUnpackedBytes?: number): Promise<void>;
