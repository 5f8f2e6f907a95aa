import { type Document } from '../document/model.js';
export declare function readMarkdown(written: string): Promise<Document>;
