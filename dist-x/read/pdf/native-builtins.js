/**
 * Built-ins as the engine has them, taken before pdfjs-dist is loaded: `pdfjs.ts` imports this
 * module first so that it is evaluated first.
 */
export const NATIVE_PUSH = Array.prototype.push;
export const NATIVE_JSON_STRINGIFY = JSON.stringify;
export const NATIVE_JSON_PARSE = JSON.parse;
//# sourceMappingURL=native-builtins.js.map