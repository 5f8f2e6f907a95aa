/** pdfjs-dist ships no types for its worker module; cse only hands the module back to pdfjs. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
