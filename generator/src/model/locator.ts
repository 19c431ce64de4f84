import type { SourceLocation } from './types.js';
import type { SpecProblem } from '../load/spec-error.js';

/** What the model needs from the load stage's source map: pointer → file:line. */
export interface Locator {
  locate(pointer: string): SourceLocation;
}

/** A locator for documents built in memory (tests): every pointer maps to the given file, no line. */
export function inMemoryLocator(file: string): Locator {
  return { locate: (pointer) => ({ file, pointer }) };
}

/** Collects the model's refusals, each at a source location. */
export class ProblemList {
  readonly items: SpecProblem[] = [];

  constructor(private readonly locator: Locator) {}

  /** Records a problem at the node `pointer` points to. */
  add(pointer: string, message: string): void {
    const where = this.locator.locate(pointer);
    this.items.push({ file: where.file, line: where.line, message });
  }
}

/** `#/paths/~1users/get` from a path and its segments. */
export function pointerTo(...segments: string[]): string {
  return `#${segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;
}
