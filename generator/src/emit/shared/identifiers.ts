/**
 * The identifier helpers, for the emitters: they live in `generator/src/shared/identifiers.ts` because the
 * model stage (operation and permission constant names) needs them too, and the model must not import an
 * emitter (`generator/test/layers.test.ts`).
 */
export * from '../../shared/identifiers.js';
