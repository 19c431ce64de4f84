/**
 * Names and shapes decided once per operation before anything is printed, so the operations file and the
 * client file agree: function, descriptor and type names (unique across both files and the runtime imports),
 * whether `input` may be omitted, and the type expressions tying input and result to `schema.gen.ts`.
 */
import { quoteString, toPascalCase, uniqueName } from '../../shared/identifiers.js';
import type { ApiModel, OperationModel } from '../../model/types.js';

/** Type names the generated files import from the runtime; generated names must not reuse them. */
export const RUNTIME_TYPE_NAMES = [
  'Allow', 'ApiResponse', 'Client', 'ClientFor', 'ClientOptions', 'ItemOf', 'OperationDescriptor', 'OperationInput',
  'OperationMethod', 'OptionalInputMethod', 'Paginated', 'RequestOptions', 'ResultOf', 'Permission', 'Instance',
  'BrazeClient', 'BrazeClientOptions', 'CallInfo', 'LoggerOptions', 'LogLevel', 'MissingPermission',
] as const;

/** The facade's stand-in for a credential other than a permission-scoped key (Braze's SCIM token). */
export const OTHER_CREDENTIAL = 'OtherCredential';
/** Its type: a name no permission has, so only a client created without `permissions` holds it. */
export const OTHER_CREDENTIAL_LITERAL = "'(other credential)'";

/** Everything the printers need about one operation. */
export interface OperationPlan {
  op: OperationModel;
  /** The standalone function (the model's `name`). */
  fn: string;
  /** The iterator function over every item, for paginated operations. */
  allFn?: string;
  /** `catalogsItemsListPages`: the iterator over every page's body, for paginated operations. */
  pagesFn?: string;
  /** The module-private descriptor constant. */
  descriptor: string;
  inputType: string;
  responseType: string;
  /** True when no key of `input` is required, so `input` may be omitted. */
  inputOptional: boolean;
  /** `OperationInput<…>` text. */
  inputExpr: string;
  /** The success body type text (`undefined` when there is none). */
  responseExpr: string;
  /** The `Client<…>` argument: the permissions needed, as a union of string literals (`never` for none). */
  /** The permissions union the standalone function's client must hold (`never` when none). */
  needs: string;
  /** The same for the facade's `Needs` map: `OtherCredential` for operations no permission-scoped key can call. */
  facadeNeeds: string;
}

function statusKey(status: string): string {
  return /^[0-9]+$/.test(status) ? status : quoteString(status);
}

function inputExpr(op: OperationModel, opType: string): string {
  const kind = op.body ? op.body.kind : 'none';
  const renames: Record<string, Record<string, string>> = {};
  for (const r of op.inputRenames) (renames[r.in] ??= {})[r.from] = r.to;
  const args = [opType];
  if (kind !== 'none' || op.inputRenames.length > 0) args.push(quoteString(kind), quoteString(op.body?.contentType ?? 'application/json'));
  if (op.inputRenames.length > 0) {
    const text = Object.entries(renames)
      .map(([loc, m]) => `${loc}: { ${Object.entries(m).map(([f, t]) => `${quoteString(f)}: ${quoteString(t)}`).join('; ')} }`)
      .join('; ');
    args.push(`{ ${text} }`);
  }
  return `OperationInput<${args.join(', ')}>`;
}

function responseExpr(op: OperationModel, opType: string): string {
  const success = op.responses.find((r) => r.status === op.successStatus);
  if (!success) return 'unknown';
  if (!success.hasBody || !success.contentType) return 'undefined';
  return `${opType}['responses'][${statusKey(success.status)}]['content'][${quoteString(success.contentType)}]`;
}

function isInputOptional(op: OperationModel): boolean {
  if (op.params.some((p) => p.required || p.in === 'path')) return false;
  if (!op.body?.required) return true;
  return op.body.kind === 'object' && op.body.requiredFields.length === 0;
}

/**
 * The operation's type in `schema.gen.ts`, as openapi-typescript names it: `operations[id]` with each `#` of
 * the id written as `/`; an operation without an operationId is only reachable as `paths[path][method]`.
 */
export function schemaOperationType(op: OperationModel): string {
  return op.idFromPath ? `paths[${quoteString(op.path)}][${quoteString(op.method)}]` : `operations[${quoteString(op.operationId.replace(/#/g, '/'))}]`;
}

/** Plans every operation of `model`, in model order (sorted by operationId). */
export function planOperations(model: ApiModel): OperationPlan[] {
  const taken = new Set<string>([...RUNTIME_TYPE_NAMES, 'operations', 'paths', ...model.operations.map((o) => o.name)]);
  return model.operations.map((op) => {
    const pascal = toPascalCase(op.name);
    const opType = schemaOperationType(op);
    // A standalone function that needs another credential takes only a client that may hold one.
    const needs = op.auth === 'other' ? OTHER_CREDENTIAL_LITERAL
      : op.permissions.length > 0 ? op.permissions.map(quoteString).join(' | ') : 'never';
    return {
      op,
      fn: op.name,
      allFn: op.pagination ? uniqueName(`${op.name}All`, taken) : undefined,
      pagesFn: op.pagination ? uniqueName(`${op.name}Pages`, taken) : undefined,
      descriptor: `$${op.name}`,
      inputType: uniqueName(`${pascal}Input`, taken),
      responseType: uniqueName(`${pascal}Response`, taken),
      inputOptional: isInputOptional(op),
      inputExpr: inputExpr(op, opType),
      responseExpr: responseExpr(op, opType),
      needs,
      facadeNeeds: op.auth === 'other' ? OTHER_CREDENTIAL : needs,
    };
  });
}
