/**
 * Where a node of the spec was written. The load stage computes it (`load/source-map.ts`) and the model
 * stores it on each operation, so the type sits below both stages.
 */

/** Where a node came from, for error messages and docs. `line` is 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  /** JSON pointer inside the bundled document, e.g. `#/paths/~1users~1track/post`. */
  pointer?: string;
}
