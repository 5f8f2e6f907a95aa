/** A byte count as a person reads it in a message: 512 bytes, 20 kB, 3.4 MiB. */
export declare function formatSize(bytes: number): string;
