/**
 * `src/operations.gen.ts`: one standalone, tree-shakeable function per operation, called as
 * `usersTrack(client, input, options?)`, whose body is one call to the runtime's `request` with a
 * module-private descriptor; plus the `XxxInput`/`XxxResponse` types derived from `schema.gen.ts` and, for
 * paginated operations, an `xxxAll` iterator over every item.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { quoteString } from '../../shared/identifiers.js';
import { encodersOf, ENCODERS, needsPathStyle, needsQueryStyle, operationDescriptor, paginationDescriptor, PATH_STYLE, QUERY_STYLE } from './descriptor.js';
import { literal } from './literal.js';
import { operationTag } from '../shared/audit-tags.js';
import { operationDocs } from './operation-docs.js';
import type { OperationPlan } from './plan.js';
import { printStatements } from './print.js';

/** The runtime function (imported only when needed) that encodes a multipart body, then calls `request`. */
const MULTIPART_REQUEST = '$multipartRequest';

const isMultipart = (p: OperationPlan): boolean => p.op.body?.contentType.startsWith('multipart/') === true;

/**
 * The client parameter and what the body passes on. An operation that needs permissions takes `ClientFor<P, …>`
 * with `P` inferred from the argument, so a client lacking one fails naming it on the diagnostic's first line;
 * `P` defaults to the permissions needed, so a call giving `O` explicitly is checked as before. The body passes
 * the client on `as never` (erased from the JavaScript): the signature has checked it, and the deferred
 * conditional type is not assignable to the runtime's `Client<never>`; a cast to that instead costs tsc about
 * 10 instantiations more per function.
 */
function clientParam(p: OperationPlan) {
  if (p.needs === 'never') return { typeParameters: [], parameter: { name: 'client', type: 'Client<never>' }, arg: 'client' };
  return {
    typeParameters: [{ name: 'P', constraint: 'string', default: p.needs }],
    parameter: { name: 'client', type: `ClientFor<P, ${p.needs}>` },
    arg: 'client as never',
  };
}

function operationStatements(p: OperationPlan, hasCatalogue: boolean, packageName: string): StatementStructures[] {
  const tag = operationTag(packageName, p.op.operationId);
  const docs = `${operationDocs(p.op, hasCatalogue)}\n\n${tag}`;
  const { typeParameters, parameter: client, arg } = clientParam(p);
  const input = { name: 'input', type: p.inputType, hasQuestionToken: p.inputOptional };
  const out: StatementStructures[] = [
    { kind: StructureKind.TypeAlias, isExported: true, name: p.inputType, type: p.inputExpr, docs: [`The input of \`${p.fn}\`: parameters and body fields in one object.`] },
    { kind: StructureKind.TypeAlias, isExported: true, name: p.responseType, type: p.responseExpr, docs: [`The success response body of \`${p.fn}\`.`] },
    {
      kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: p.descriptor, type: 'OperationDescriptor', initializer: literal(operationDescriptor(p.op)) }],
    },
    {
      kind: StructureKind.Function, isExported: true, name: p.fn, docs: [docs],
      typeParameters: [{ name: 'O', constraint: 'RequestOptions', default: '{}' }, ...typeParameters],
      parameters: [client, input, { name: 'options', type: 'O', hasQuestionToken: true }],
      returnType: `ResultOf<${p.responseType}, O>`,
      statements: [`return ${isMultipart(p) ? MULTIPART_REQUEST : '$request'}(${arg}, ${p.descriptor}, input, options) as ResultOf<${p.responseType}, O>;`],
    },
  ];
  const pg = paginationDescriptor(p.op);
  if (p.allFn && pg) {
    out.push({
      kind: StructureKind.Function, isExported: true, name: p.allFn, docs: [`${operationDocs(p.op, hasCatalogue, 'all')}\n\n${tag}`], typeParameters,
      parameters: [client, input, { name: 'options', type: 'RequestOptions', hasQuestionToken: true }],
      returnType: `AsyncGenerator<ItemOf<${p.responseType}, ${quoteString(String(pg.items))}>, void, undefined>`,
      statements: [`return $paginate(${arg}, ${p.descriptor}, ${literal(pg)}, input, options);`],
    }, {
      kind: StructureKind.Function, isExported: true, name: p.pagesFn!, docs: [operationDocs(p.op, hasCatalogue, 'pages')], typeParameters,
      parameters: [client, input, { name: 'options', type: 'RequestOptions', hasQuestionToken: true }],
      returnType: `AsyncGenerator<${p.responseType}, void, undefined>`,
      statements: [`return $paginate(${arg}, ${p.descriptor}, ${literal(pg)}, input, options, 1);`],
    });
  }
  return out;
}

/** The text of `src/operations.gen.ts`; each function carries the audit's `@operation <packageName> <id>` tag. */
export function renderOperationsFile(plans: OperationPlan[], hasCatalogue: boolean, packageName: string): string {
  const paginated = plans.some((p) => p.allFn !== undefined);
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './schema.gen.js',
      namedImports: ['operations', ...(plans.some((p) => p.op.idFromPath) ? ['paths'] : [])],
    },
    {
      kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/index.js',
      namedImports: [
        ...(paginated ? [{ name: 'paginate', alias: '$paginate' }] : []), { name: 'request', alias: '$request' },
        ...[
          ...(plans.some((p) => p.needs === 'never') ? ['Client'] : []), ...(plans.some((p) => p.needs !== 'never') ? ['ClientFor'] : []),
          ...(paginated ? ['ItemOf'] : []), 'OperationDescriptor', 'OperationInput', 'RequestOptions', 'ResultOf',
        ].map((name) => ({ name, isTypeOnly: true })),
      ],
    },
    // Only specs with label/matrix/array/object path parameters, array/object query parameters in another style
    // than form-exploded, cookie parameters, urlencoded bodies, renamed body fields or multipart bodies import
    // these (Braze's do not).
    ...(plans.some((p) => p.op.params.some(needsPathStyle))
      ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: './runtime/path-style.js', namedImports: [{ name: 'pathStyle', alias: PATH_STYLE }] }]
      : []),
    ...(plans.some((p) => p.op.params.some(needsQueryStyle))
      ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: './runtime/query-style.js', namedImports: [{ name: 'queryStyle', alias: QUERY_STYLE }] }]
      : []),
    ...(((names) => names.size > 0
      ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: './runtime/encoders.js', namedImports: [...names].sort().map((name) => ({ name, alias: ENCODERS[name] })) }]
      : [])(new Set(plans.flatMap((p) => encodersOf(p.op))))),
    ...(plans.some(isMultipart)
      ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: './runtime/multipart.js', namedImports: [{ name: 'multipartRequest', alias: MULTIPART_REQUEST }] }]
      : []),
    ...plans.flatMap((p) => operationStatements(p, hasCatalogue, packageName)),
  ];
  return printStatements(statements);
}
