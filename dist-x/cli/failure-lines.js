/** How `cse import` and `cse batch` list the files they could not read: the code, then the message, which names the file. */
export function failureLines(failed) {
    return failed.map((f) => {
        const message = f.message ?? '';
        // Every reader's message starts with the path; one that does not still says which file it is about.
        return `  ${f.error}: ${message.includes(f.path) ? message : `${f.path}: ${message}`}`;
    });
}
//# sourceMappingURL=failure-lines.js.map