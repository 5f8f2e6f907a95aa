/** @adobe/remark-gridtables ships no types: a remark plugin that takes no options here. */
declare module '@adobe/remark-gridtables' {
  import type { Processor } from 'unified';

  export default function remarkGridtables(this: Processor): void;
}
