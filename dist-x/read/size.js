/** A byte count as a person reads it in a message: 512 bytes, 20 kB, 3.4 MiB. */
export function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    if (bytes < 1024 * 1024)
        return `${Math.round(bytes / 1024)} kB`;
    const mib = bytes / (1024 * 1024);
    return `${mib < 10 ? mib.toFixed(1) : Math.round(mib)} MiB`;
}
//# sourceMappingURL=size.js.map