import yauzl from 'yauzl';
import { CseError, detailOf } from '../errors.js';
import { formatSize } from './size.js';
/** Default limit on the bytes a Word package may expand to. Real reports expand to a few MiB. */
export const DEFAULT_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names of an encrypted OOXML file inside its OLE container (MS-OFFCRYPTO), as UTF-16LE directory entries. */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map((name) => Buffer.from(name, 'utf16le'));
/** The parts mammoth inflates: XML and relationships. Images are not read (see docx.ts). */
const INFLATED_PART = /\.(xml|rels)$/i;
function looksLikeText(bytes) {
    const head = bytes.subarray(0, 512);
    return head.length > 0 && !head.includes(0);
}
/** Throws the CseError that says what the bytes are when they are not a Word package. */
function checkSignature(path, bytes) {
    if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
        if (ENCRYPTION_STREAMS.some((name) => bytes.includes(name))) {
            throw new CseError('encrypted', path, `${path} is password-protected: open it in Word with its password, remove the password (File > Info > Protect Document > Encrypt with Password, then clear it) and save a copy for cse.`);
        }
        throw new CseError('unsupported-format', path, `${path} is an old binary Word (.doc) file although its name ends .docx: open it in Word or LibreOffice and save it as .docx.`);
    }
    if (!bytes.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
        const what = looksLikeText(bytes) ? 'a text file' : 'not a Word document';
        throw new CseError('corrupt', path, `${path} is ${what} although its name ends .docx (a Word file is a zip package): check it is the report and not a renamed file.`);
    }
}
async function countBytes(stream, budget, tooLarge) {
    let total = 0;
    for await (const chunk of stream) {
        total += chunk.length;
        if (total > budget) {
            stream.destroy();
            throw tooLarge();
        }
    }
    return total;
}
/**
 * Checks that `bytes` are a readable Word package within `maxUnpackedBytes`: the sizes the zip
 * declares, and the real size of every part mammoth will inflate, since a zip bomb can declare
 * small sizes.
 */
export async function checkWordPackage(path, bytes, maxUnpackedBytes = DEFAULT_MAX_UNPACKED_BYTES) {
    checkSignature(path, bytes);
    const tooLarge = () => new CseError('too-large', path, `${path} expands to more than ${formatSize(maxUnpackedBytes)} when unpacked (a zip bomb, or an absurdly large document part): check the file, or raise the limit with --max-unpacked.`);
    const damaged = (detail) => new CseError('corrupt', path, `${path} is a damaged Word file (its zip package cannot be opened); it is probably truncated: fetch the report again or re-save it in Word.`, detail);
    let zip;
    try {
        zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
    }
    catch (error) {
        throw damaged(detailOf(error));
    }
    try {
        let declared = 0;
        let inflated = 0;
        let hasDocument = false;
        for await (const entry of zip.eachEntry()) {
            declared += entry.uncompressedSize;
            if (declared > maxUnpackedBytes)
                throw tooLarge();
            if (entry.fileName === 'word/document.xml')
                hasDocument = true;
            if (!INFLATED_PART.test(entry.fileName))
                continue;
            const stream = await zip.openReadStreamPromise(entry);
            inflated += await countBytes(stream, maxUnpackedBytes - inflated, tooLarge);
        }
        if (!hasDocument) {
            throw new CseError('corrupt', path, `${path} is a zip file but not a Word document (it has no word/document.xml): check it is the report, not another Office file renamed .docx.`);
        }
    }
    catch (error) {
        if (error instanceof CseError)
            throw error;
        throw damaged(detailOf(error));
    }
    finally {
        zip.close();
    }
}
//# sourceMappingURL=docx-package.js.map