import type { Emitter } from '../types.js';

/** Emits the client output. Placeholder until the client emitter lands: emits nothing. */
export const emitClient: Emitter = () => [];
