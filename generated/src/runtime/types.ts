// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * Type-level wiring between the schema types (openapi-typescript's `operations[id]`) and the flattened
 * `input` object each operation takes: path, query and header parameters plus the top-level body fields in
 * one object, with the renames the generator made to avoid clashes.
 */
import type { Client } from './client.js';
import type { ItemOf } from './paginate.js';
import type { RequestOptions, ResultOf } from './request.js';

type Section<T> = [NonNullable<T>] extends [never] ? {} : NonNullable<T>;
/**
 * `T` with the keys `M` names renamed. The keys it leaves alone go through `Omit` (a homomorphic mapped type),
 * not a mapped type with an `as` clause: only the former keeps each property's declaration, so an editor's
 * hover on an input field still shows its description (a remapped key has no declaration to show).
 */
type Rename<T, M> = [keyof M & keyof T] extends [never] ? T
  : Omit<T, keyof M> & { [K in keyof T as K extends keyof M ? (M[K] extends string ? M[K] : K) : never]: T[K] };

/** Renames per location, input key chosen by the generator: `{ query: { id: 'query_id' } }`. */
export interface Renames {
  path?: Record<string, string>;
  query?: Record<string, string>;
  header?: Record<string, string>;
  body?: Record<string, string>;
}

type Params<O, L extends string> = O extends { parameters: infer P } ? (L extends keyof P ? Section<P[L]> : {}) : {};
type Content<O, CT extends string> = O extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C } ? (CT extends keyof C ? C[CT] : never) : never
  : never;
type OptionalIfBodyOptional<O, T> = O extends { requestBody: unknown } ? T : Partial<T>;

/**
 * A multipart body as `multipartRequest` takes it: a `FormData`, or the fields, where a string field may also
 * be a `Blob`/`File` or bytes (openapi-typescript types `format: binary` as `string`).
 */
export type MultipartBody<T> = FormData | { [K in keyof T]: [Extract<T[K], string>] extends [never] ? T[K] : T[K] | Blob | Uint8Array };

/** `{ body }` for a non-object body: multipart bodies as `MultipartBody`, other binary ones also as bytes. */
type OtherBody<T, CT extends string> = CT extends `multipart/${string}` ? MultipartBody<T> : [Extract<T, string>] extends [never] ? T : T | Uint8Array;

/** The body part of the input: the body's fields (`object`), `{ body }` (`other`) or nothing (`none`). */
export type BodyInput<O, Kind extends 'object' | 'other' | 'none', CT extends string, R = {}> = Kind extends 'object'
  ? OptionalIfBodyOptional<O, Rename<Content<O, CT>, R>>
  : Kind extends 'other' ? OptionalIfBodyOptional<O, { body: OtherBody<Content<O, CT>, CT> }> : {};

/** The flattened input of operation `O` (an `operations[id]` type). */
export type OperationInput<O, Kind extends 'object' | 'other' | 'none' = 'none', CT extends string = 'application/json', R extends Renames = {}> =
  Rename<Params<O, 'path'>, R['path']> & Rename<Params<O, 'query'>, R['query']> & Rename<Params<O, 'header'>, R['header']>
  & BodyInput<O, Kind, CT, R['body']>;

/** A facade method whose input has required keys. */
export interface OperationMethod<I, R> {
  <O extends RequestOptions = {}>(input: I, options?: O): ResultOf<R, O>;
}

/** A facade method whose input may be omitted. */
export interface OptionalInputMethod<I, R> {
  <O extends RequestOptions = {}>(input?: I, options?: O): ResultOf<R, O>;
}

/** A paginated facade method: `.all(input)` iterates every item of every page, `.pages(input)` every page's body. */
export interface Paginated<I, R, F extends string> {
  all(...args: {} extends I ? [input?: I, options?: RequestOptions] : [input: I, options?: RequestOptions]): AsyncGenerator<ItemOf<R, F>, void, undefined>;
  pages(...args: {} extends I ? [input?: I, options?: RequestOptions] : [input: I, options?: RequestOptions]): AsyncGenerator<R, void, undefined>;
}

declare const missing: unique symbol;

/**
 * What a client has in place of an operation its permissions leave out: no function, so a call is a compile
 * error, and the error names what is missing (`Type 'MissingPermission<"messages.send">' has no call
 * signatures`) where a removed member would only say that the property does not exist.
 *
 * Every function is one structurally (it has a `length`): so a client holding more permissions is still a
 * client of fewer (`BrazeClient<'users.track'>` accepts a client that may also delete users, and the default
 * client that may do anything), as its phantom `Client` member already says; one holding fewer is not, as the
 * operation it lacks is no function.
 */
export interface MissingPermission<Needed extends string> {
  readonly [missing]?: Needed;
  readonly length: number;
}

/**
 * `T` with each member whose needs (`Needs[K]`, a union of permissions; `never` for none) are not all in `P`
 * typed `MissingPermission<…>` of those left out. A homomorphic mapped type (no `as` clause), so the members
 * keep their declarations and an editor's hover shows each operation's documentation.
 */
export type Allow<T, Needs, P extends string> = {
  [K in keyof T]: K extends keyof Needs ? ([Needs[K]] extends [P] ? T[K] : MissingPermission<Exclude<Needs[K] & string, P>>) : T[K];
};

/**
 * The client parameter of a standalone function that needs `Needed`, for a client holding `P` (inferred from
 * the argument): that client when `P` includes every permission needed (or is `string`, undeclared), else
 * `MissingPermission<…>` of those left out. A call with a client lacking one then fails with a diagnostic whose
 * first line names it (`… is not assignable to parameter of type 'MissingPermission<"users.delete">'`), where
 * `Client<Needed>` gave a long chain through the client's phantom member.
 */
export type ClientFor<P extends string, Needed extends string> = [Needed] extends [P] ? Client<P> : MissingPermission<Exclude<Needed, P>>;
