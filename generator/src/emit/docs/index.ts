import type { Emitter } from '../types.js';

/** Emits the docs output. Placeholder until the docs emitter lands: emits nothing. */
export const emitDocs: Emitter = () => [];
