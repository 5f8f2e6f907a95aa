/**
 * Array.prototype.push as the engine has it, taken before pdfjs-dist is loaded: `pdfjs.ts`
 * imports this module first so that it is evaluated first.
 */
export const NATIVE_PUSH = Array.prototype.push;
