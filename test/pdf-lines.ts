/** Text lines as the PDF reader's table finders take them, for tests of those finders on small inputs. */
import type { TextLine } from '../src/read/pdf/fragments.js';

/** A line at `y` of pieces [text, x, right], set in 9.5 pt (or `size`), bold or not. */
export function line(y: number, pieces: [string, number, number][], bold = false, size = 9.5): TextLine {
  const fragments = pieces.map(([text, x, right]) => ({ text, x, right, y, size, font: 'f1', bold, italic: false }));
  return { fragments, y, size, x: fragments[0]!.x, right: fragments.at(-1)!.right, bold, italic: false };
}
