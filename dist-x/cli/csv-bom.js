/**
 * The byte-order mark is how Excel knows a CSV file is UTF-8: without it "–" and "’" open as
 * "â€“" and "â€™". Files cse writes get one. On standard output it depends on where the bytes go:
 * redirected into a file (`> league.csv`), most likely for a spreadsheet, they get one; into a
 * pipe or a terminal, for another program or a person, they do not (most CSV readers would take
 * the mark for part of the first column's name).
 */
import { fstatSync } from 'node:fs';
export const BOM = '\ufeff';
export function bomForStdout() {
    try {
        return fstatSync(process.stdout.fd).isFile() ? BOM : '';
    }
    catch {
        return '';
    }
}
//# sourceMappingURL=csv-bom.js.map