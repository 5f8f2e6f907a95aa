/**
 * Built-ins as the engine has them, taken before pdfjs-dist is loaded: `pdfjs.ts` imports this
 * module first so that it is evaluated first.
 */
export declare const NATIVE_PUSH: (...items: any[]) => number;
export declare const NATIVE_JSON_STRINGIFY: {
    (value: any, replacer?: (this: any, key: string, value: any) => any, space?: string | number): string;
    (value: any, replacer?: (number | string)[] | null, space?: string | number): string;
};
export declare const NATIVE_JSON_PARSE: (text: string, reviver?: (this: any, key: string, value: any) => any) => any;
