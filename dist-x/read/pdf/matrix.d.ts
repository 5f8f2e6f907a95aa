/** PDF transformation matrices [a b c d e f]: a point p goes to (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = [number, number, number, number, number, number];
export declare const IDENTITY: Matrix;
/** m × n: the matrix that applies n, then m. */
export declare function multiply(m: Matrix, n: Matrix): Matrix;
export declare function apply(m: Matrix, x: number, y: number): [number, number];
export declare const isIdentity: (m: Matrix) => boolean;
