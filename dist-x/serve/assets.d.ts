export interface Asset {
    body: string | Uint8Array;
    type: string;
}
/** The asset of that name, or null: a name not in the list is not served, whatever it says. */
export declare function asset(name: string): Asset | null;
