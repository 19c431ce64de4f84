/**
 * `src/client.gen.ts`: the package's client entry. `createClient` makes the bare client the standalone
 * functions take (tree-shakeable); `createBrazeClient` adds the grouped facade (`braze.users.track(input)`).
 * Both are typed by the permissions passed in: the facade type of a least-privilege client only has the
 * methods its permissions allow (`Allow<Methods, Needs, P>`), and standalone functions demand a
 * `Client<needed permission>`. The runtime's public API and every operation are re-exported from here.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel } from '../../model/types.js';
import { toSemver } from '../package/version.js';
import { propertyKey, quoteString } from '../../shared/identifiers.js';
import { flattenGroups, type FacadeGroup } from './facade-tree.js';
import { literal } from './literal.js';
import { FACTORY_TAG, GROUP_TAG, operationTag, packageTag } from '../shared/audit-tags.js';
import { operationDocs } from './operation-docs.js';
import { OTHER_CREDENTIAL, OTHER_CREDENTIAL_LITERAL, type OperationPlan } from './plan.js';
import { printStatements } from './print.js';

/** The runtime's public API, re-exported by the client entry (values, then types). */
const RUNTIME_VALUES = [
  'BrazeApiError', 'BrazeAuthenticationError', 'BrazeBadRequestError', 'BrazeConfigError', 'BrazeConnectionError',
  'BrazeError', 'BrazeNotFoundError', 'BrazePermissionDeniedError', 'BrazePermissionError', 'BrazeRateLimitError',
  'BrazeRedirectError', 'BrazeResponseError', 'BrazeServerError', 'BrazeTimeoutError', 'nextLink', 'paginate', 'request',
];
const RUNTIME_TYPES = ['ApiResponse', 'CallInfo', 'Client', 'ClientOptions', 'Clock', 'Hooks', 'OperationDescriptor', 'RateLimit', 'RequestOptions'];

function methodType(p: OperationPlan): string {
  const call = `${p.inputOptional ? 'OptionalInputMethod' : 'OperationMethod'}<${p.inputType}, ${p.responseType}>`;
  const items = p.op.pagination?.itemsField;
  return items === undefined ? call : `${call} & Paginated<${p.inputType}, ${p.responseType}, ${quoteString(items)}>`;
}

function groupStatements(g: FacadeGroup, gated: boolean, hasCatalogue: boolean, packageName: string): StatementStructures[] {
  const where = g.path.length === 0 ? 'the client' : `\`${g.path.join('.')}\``;
  const properties = [
    ...[...g.groups].map(([name, child]) => ({
      name: propertyKey(name), type: `${child.apiType}<P>`, isReadonly: true,
      docs: [`The operations of \`${child.path.join('.')}\`.\n\n${packageTag(GROUP_TAG, packageName)}`],
    })),
    ...[...g.methods].map(([name, p]) => ({
      name: propertyKey(name), type: methodType(p), isReadonly: true,
      docs: [`${operationDocs(p.op, hasCatalogue)}\n\n${operationTag(packageName, p.op.operationId)}`],
    })),
  ];
  const out: StatementStructures[] = [{
    kind: StructureKind.Interface, isExported: true, name: g.methodsType, typeParameters: [{ name: 'P', constraint: 'string' }],
    docs: [`Every operation of ${where}, whatever the key's permissions.`], properties,
  }];
  if (gated) {
    out.push({
      kind: StructureKind.Interface, isExported: true, name: g.needsType, docs: [`The permissions each operation of ${where} needs.`],
      properties: [...g.methods].map(([name, p]) => ({ name: propertyKey(name), type: p.facadeNeeds })),
    });
  }
  out.push({
    kind: StructureKind.TypeAlias, isExported: true, name: g.apiType, typeParameters: [{ name: 'P', constraint: 'string' }],
    docs: [`The operations of ${where} a client holding permissions \`P\` may call.`],
    type: gated ? `Allow<${g.methodsType}<P>, ${g.needsType}, P>` : `${g.methodsType}<P>`,
  });
  return out;
}

function facadeTable(g: FacadeGroup, indent = ''): string {
  const inner = `${indent}  `;
  const lines = [
    ...[...g.groups].map(([name, child]) => `${inner}${propertyKey(name)}: ${facadeTable(child, inner)},`),
    ...[...g.methods].map(([name, p]) => `${inner}${propertyKey(name)}: ${p.allFn ? `[${p.fn}, ${p.allFn}, ${p.pagesFn}]` : p.fn},`),
  ];
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** The base URL used when neither options, instance nor environment name one: only for specs without instances. */
export function defaultBaseUrl(model: ApiModel): string | undefined {
  const server = model.servers[0];
  if (model.instances.length > 0 || !server) return undefined;
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables[name]?.default ?? '');
  return /^https?:\/\//.test(url) ? url : undefined;
}

/** The text of `src/client.gen.ts` for the planned operations and facade tree. */
export function renderClientFile(model: ApiModel, plans: OperationPlan[], root: FacadeGroup): string {
  const hasCatalogue = model.permissions.length > 0;
  const groups = flattenGroups(root);
  const paginated = plans.some((p) => p.allFn);
  const opNames = plans.flatMap((p) => [p.fn, ...(p.allFn ? [p.allFn, p.pagesFn!] : []), `type ${p.inputType}`, `type ${p.responseType}`]);
  const permissionSource: StatementStructures[] = hasCatalogue
    ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './permissions.gen.js', namedImports: ['PERMISSIONS', { name: 'Permission', isTypeOnly: true }, { name: 'OperationId', isTypeOnly: true }] }]
    : [
      // recordOperations' type only: a type-only import, so the client does not load the (empty) catalogue module.
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './permissions.gen.js', isTypeOnly: true, namedImports: ['OperationId'] },
      { kind: StructureKind.TypeAlias, name: 'Permission', type: 'string', docs: ['The spec declares no permission catalogue: any name.'] },
    ];
  const generic = [{ name: 'P', constraint: 'readonly Permission[]', default: 'readonly Permission[]', isConst: true } as const];
  const optionsParam = { name: 'options', type: 'BrazeClientOptions<P>', initializer: '{}' };
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/index.js',
      namedImports: ['bindFacade', { name: 'createClient', alias: '$createClient' },
        ...['Allow', 'Client', 'ClientOptions', 'OperationMethod', 'OptionalInputMethod', ...(paginated ? ['Paginated'] : [])].map((name) => ({ name, isTypeOnly: true }))],
    },
    // Only createBrazeClient checks options at run time (for JavaScript callers): createClient stays small.
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/options-check.js', namedImports: [{ name: 'checkOptions', alias: '$checkOptions' }] },
    // Not in the runtime's index (whose size is budgeted): the audit's run-time complement, bundled only when used.
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/record-permissions.js', namedImports: [{ name: 'recordOperations', alias: '$recordOperations' }] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './operations.gen.js', namedImports: opNames },
    ...permissionSource,
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './operations.gen.js' },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/index.js', namedExports: [...RUNTIME_VALUES, ...RUNTIME_TYPES.map((t) => `type ${t}`)] },
    // The opt-in logger lives in a module of its own: apps that do not import it do not bundle it.
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/logger.js', namedExports: ['consoleLogger', 'type LoggerOptions', 'type LogLevel'] },
    {
      kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const,
      docs: ['Starts recording `client`\'s requests and returns the live set of the operationIds it sent (a retried request counts once; a call refused before sending is not recorded), so a test can check `permissionsFor([...recordOperations(client)])` against the audit. Typed with this API\'s `OperationId`: the client sends no other.'],
      declarations: [{ name: 'recordOperations', initializer: '$recordOperations as (client: Client<never>) => ReadonlySet<OperationId>' }],
    },
    {
      kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const,
      docs: ['The named REST instances and their base URLs (`instance: \'US-01\'`).'],
      declarations: [{ name: 'INSTANCES', initializer: `${literal(Object.fromEntries(model.instances.map((i) => [i.name, i.baseUrl])))} as const` }],
    },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'Instance', type: 'keyof typeof INSTANCES', docs: ['A named REST instance.'] },
    {
      kind: StructureKind.Interface, isExported: true, name: 'BrazeClientOptions', typeParameters: [{ name: 'P', constraint: 'readonly Permission[]', default: 'readonly Permission[]' }],
      extends: ["Omit<ClientOptions, 'instance' | 'permissions'>"], docs: ['Client options, with the instance and permission names of this API.'],
      properties: [
        { name: 'instance', type: 'Instance', hasQuestionToken: true, docs: ['The instance your dashboard belongs to; a key works only on its own instance.'] },
        { name: 'permissions', type: 'P', hasQuestionToken: true, docs: ['The permissions the key holds: the client then only offers, and only sends, what they allow.'] },
      ],
    },
    {
      kind: StructureKind.TypeAlias, isExported: true, name: OTHER_CREDENTIAL, type: OTHER_CREDENTIAL_LITERAL,
      docs: ['Stands for a credential other than a permission-scoped API key (such as a SCIM token). Operations that need one are on clients created without `permissions` only.'],
    },
    {
      kind: StructureKind.TypeAlias, name: 'Held', typeParameters: [{ name: 'P', constraint: 'readonly Permission[]' }],
      docs: ['What a client created with permissions `P` holds: exactly those, or (when none were declared) every permission and any other credential.'],
      type: `readonly Permission[] extends P ? P[number] | ${OTHER_CREDENTIAL} : P[number]`,
    },
    ...groups.flatMap((g) => groupStatements(g, hasCatalogue, hasCatalogue, model.packageName)),
    {
      kind: StructureKind.TypeAlias, isExported: true, name: 'BrazeClient', typeParameters: [{ name: 'P', constraint: 'string', default: 'Permission' }],
      docs: ['A client with the grouped facade, for a key holding permissions `P`.'], type: `Client<P> & ${root.apiType}<P>`,
    },
    { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'FACADE', initializer: `${facadeTable(root)} as const` }] },
    {
      kind: StructureKind.Function, isExported: true, name: 'createClient', typeParameters: [...generic], parameters: [optionsParam],
      returnType: 'Client<P[number]>', docs: [`Creates the bare client the standalone operation functions take (\`usersTrack(client, input)\`); bundles only what you call. Key and base URL default to \`BRAZE_API_KEY\` and \`BRAZE_REST_ENDPOINT\`.\n\n${packageTag(FACTORY_TAG, model.packageName)}`],
      statements: [`return $createClient(options, INSTANCES, ${literal(defaultBaseUrl(model) ?? null).replace('null', 'undefined')}, ${quoteString(`${model.packageName}/${toSemver(model.version)}`)});`],
    },
    {
      kind: StructureKind.Function, isExported: true, name: 'createBrazeClient', typeParameters: [...generic], parameters: [optionsParam],
      returnType: 'BrazeClient<Held<P>>', docs: [`Creates a client with every operation grouped by area (\`braze.users.track(input)\`, \`braze.catalogs.items.list.all(input)\`). With \`permissions\`, its type only has the operations they allow. Its options are also checked at run time, for JavaScript callers: an unknown or misspelt name (option, permission, instance) or a value of the wrong type throws a \`BrazeConfigError\` naming the closest valid one.\n\n${packageTag(FACTORY_TAG, model.packageName)}`],
      statements: [`$checkOptions(options, ${hasCatalogue ? 'PERMISSIONS' : '[]'}, INSTANCES);`, 'const client = createClient(options);', 'return Object.assign(client, bindFacade(client, FACADE)) as unknown as BrazeClient<Held<P>>;'],
    },
  ];
  return printStatements(statements);
}
