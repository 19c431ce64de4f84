/**
 * SARIF 2.1.0 for GitHub code scanning: one result per finding (each unresolved place, each missing
 * permission at each call site that needs it, each excess permission at the client that declares it or, for
 * `--key`, at the tsconfig), each with a physical location relative to the project root (`%SRCROOT%`).
 */
import type { AuditReport } from './report.js';
import type { FindingCode, Place } from './types.js';

type RuleId = FindingCode | 'missing-permission' | 'excess-permission';
interface Rule { text: string; level: 'error' | 'warning' }

/** One rule per finding code (the record type makes the compiler refuse a code without a rule). */
const RULE_TABLE: Record<RuleId, Rule> = {
  'dynamic-access': { text: 'The client is indexed with a key whose operations cannot be known.', level: 'error' },
  cast: { text: 'The client is cast to a type that hides its operations.', level: 'error' },
  'type-lost': { text: 'The client is passed or assigned where its type is lost.', level: 'error' },
  'unknown-acknowledgement': { text: 'An audit acknowledgement names no permission of the API.', level: 'error' },
  'unknown-permission': { text: 'A client declares a permission the API does not have.', level: 'error' },
  'permissions-not-literal': { text: 'A client\'s permissions are not a list of literal names, so its calls cannot be checked.', level: 'error' },
  'unused-acknowledgement': { text: 'An acknowledgement in the config file matches no finding.', level: 'warning' },
  'package-not-resolved': { text: 'An import of the package does not resolve.', level: 'error' },
  'package-untagged': { text: 'The package\'s declarations carry no audit tags.', level: 'error' },
  'javascript-skipped': { text: 'JavaScript files the tsconfig matches are not read (no allowJs), so their calls are not audited.', level: 'error' },
  'missing-permission': { text: 'The code calls an operation whose permission the client or key lacks (BrazePermissionError, or a 403 at run time).', level: 'error' },
  'excess-permission': { text: 'The key holds a permission nothing in the code uses (over-granted).', level: 'warning' },
};
const RULES = Object.entries(RULE_TABLE).map(([id, rule]) => ({ id, ...rule }));

const location = (p: Place) => ({
  physicalLocation: {
    artifactLocation: { uri: p.file, uriBaseId: '%SRCROOT%' },
    region: { startLine: p.line, startColumn: p.column },
  },
});

/** The report as a SARIF 2.1.0 log; `configFile` is the tsconfig's project-relative path. */
export function formatSarif(r: AuditReport, configFile: string): string {
  const results: object[] = [];
  const result = (ruleId: RuleId, message: string, at: Place) => {
    const rule = RULES.findIndex((x) => x.id === ruleId);
    results.push({ ruleId, ruleIndex: rule, level: RULES[rule]!.level, message: { text: message }, locations: [location(at)] });
  };
  for (const f of [...r.unresolved, ...r.warnings]) result(f.code, f.message, f);
  const sitesOf = (permission: string) => r.permissions.find((p) => p.permission === permission)?.callSites ?? [];
  const keys = [
    ...r.clients.filter((c) => c.declared).map((c) => ({
      what: `the client created at ${c.file}:${c.line}:${c.column}`, fails: 'the client refuses the call with BrazePermissionError before any request is sent', at: c as Place, missing: c.missing, excess: c.excess,
    })),
    ...(r.key.compared ? [{ what: 'the key', fails: 'the call fails with a 403', at: { file: configFile, line: 1, column: 1 }, missing: r.key.missing, excess: r.key.excess }] : []),
  ];
  for (const k of keys) {
    for (const p of k.missing) {
      for (const s of sitesOf(p)) result('missing-permission', `${s.operation} needs \`${p}\`, which ${k.what} lacks: ${k.fails}`, s);
    }
    for (const p of k.excess) result('excess-permission', `${k.what} holds \`${p}\`, which nothing in the code uses`, k.at);
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: r.tool.name,
          informationUri: `https://www.npmjs.com/package/${r.tool.package}`,
          rules: RULES.map((x) => ({ id: x.id, shortDescription: { text: x.text }, defaultConfiguration: { level: x.level } })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder of the audited tsconfig.' } } },
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
