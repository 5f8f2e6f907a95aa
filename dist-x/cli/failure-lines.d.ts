/** How `cse import` and `cse batch` list the files they could not read: the code, then the message, which names the file. */
export declare function failureLines(failed: readonly {
    path: string;
    error: string | null;
    message: string | null;
}[]): string[];
