/** Whether `word` (any case) is an English word. */
export declare function isEnglishWord(word: string): boolean;
