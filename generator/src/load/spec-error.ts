/**
 * Refusals of bad input. Every problem names the file and, where one exists, the line, so a spec author can
 * jump straight to it; the CLI prints them and exits 1 without touching the output folder.
 */

/** One thing wrong with the spec. `file` is relative to the working directory when possible. */
export interface SpecProblem {
  file: string;
  line?: number;
  message: string;
}

/** Thrown by the load and model stages when the spec cannot be turned into a model. */
export class SpecError extends Error {
  readonly problems: SpecProblem[];
  /**
   * Slips that had been read as meant (`repairs/`) before the spec was refused for something else: the CLI
   * prints them as it does on success, since a repair can be the cause of a later refusal.
   */
  warnings: SpecProblem[];

  constructor(problems: SpecProblem[], warnings: SpecProblem[] = []) {
    super(formatProblems(problems));
    this.name = 'SpecError';
    this.problems = problems;
    this.warnings = warnings;
  }
}

/** `file:line: message` per problem, sorted by file then line, one per line. */
export function formatProblems(problems: SpecProblem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message))
    .map((p) => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`)
    .join('\n');
}
