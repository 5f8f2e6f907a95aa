export declare function statesRestCompliant(text: string): boolean;
