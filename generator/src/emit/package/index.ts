import type { Emitter } from '../types.js';

/** Emits the package output. Placeholder until the package emitter lands: emits nothing. */
export const emitPackage: Emitter = () => [];
