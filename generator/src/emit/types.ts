import type { ApiModel } from '../model/types.js';

/** One output file, relative to the output folder (POSIX separators), with its full contents. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** Options every emitter receives beside the model. */
export interface EmitContext {
  /** The banner's "how to regenerate" command, e.g. `npm run generate`. */
  regenerateCommand: string;
}

/**
 * An emitter is a pure function of the model: it never reads or writes the file system (the writer alone
 * does), and the same model always gives byte-identical files.
 */
export type Emitter = (model: ApiModel, ctx: EmitContext) => GeneratedFile[] | Promise<GeneratedFile[]>;
