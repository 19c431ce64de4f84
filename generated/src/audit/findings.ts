// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The audit's findings: what it cannot resolve, each with a stable code and a message that says how to
 * resolve it or acknowledge it. Acknowledging takes an inline comment on the line (or the line above) naming
 * the permission(s) that place needs, `// <package>-audit: users.track`, or an entry in the config file.
 */
import type { Finding, Place } from './types.js';

const howTo = (packageName: string): string =>
  `resolve it, or acknowledge it with a comment \`// ${packageName}-audit: <permission>, …\` on the line or the line above, or an entry in ${packageName}-audit.json`;

/** `braze[name]` where `name` is not a literal or a union of literals. */
export function dynamicAccessFinding(place: Place, keyText: string, keyType: string, packageName: string): Finding {
  return {
    ...place, code: 'dynamic-access',
    message: `the client is indexed with \`${keyText}\` of type \`${keyType}\`, so the operation cannot be known: type the key as a union of literal names, or ${howTo(packageName)}`,
  };
}

/** The client cast to a type that hides its operations. */
export function castFinding(place: Place, typeText: string, packageName: string): Finding {
  return {
    ...place, code: 'cast',
    message: `the client is cast to \`${typeText}\`, which hides its operations from the audit: keep its type, or ${howTo(packageName)}`,
  };
}

/** The client passed or assigned where its type is lost (`any`, `unknown`, a record type). */
export function typeLostFinding(place: Place, packageName: string): Finding {
  return {
    ...place, code: 'type-lost',
    message: `the client is passed where its type is lost (any, unknown, object or a record type), so calls made through it cannot be seen: type that parameter or variable as the client, or ${howTo(packageName)}`,
  };
}

/** An acknowledgement naming something that is neither a permission nor an operation of the API. */
export function unknownAcknowledgementFinding(place: Place, name: string, closest: string | undefined): Finding {
  return {
    ...place, code: 'unknown-acknowledgement',
    message: `the audit comment names \`${name}\`, which is not a permission of this API${closest ? `; did you mean \`${closest}\`?` : ''}`,
  };
}

/** A client's `permissions: [...]` naming a permission the API does not have (untyped code, or a cast). */
export function unknownPermissionFinding(place: Place, name: string, closest: string | undefined): Finding {
  return {
    ...place, code: 'unknown-permission',
    message: `the client declares \`${name}\`, which is not a permission of this API${closest ? `; did you mean \`${closest}\`?` : ''}`,
  };
}

/** A client's `permissions` whose type is not a finite set of literals (`string[]`): its key cannot be checked. */
export function permissionsNotLiteralFinding(place: Place, typeText: string, packageName: string): Finding {
  return {
    ...place, code: 'permissions-not-literal',
    message: `the client's permissions are of type \`${typeText}\`, not a list of literal names, so the calls made through it cannot be checked against them: write them where the compiler sees each name (\`permissions: ['users.track'] as const\`, \`[Permissions.USERS_TRACK] as const\`, or a variable declared \`as const\`; in JavaScript \`/** @type {const} */ ([...])\`), or ${howTo(packageName)}`,
  };
}

/** A config-file entry that matches no finding: stale (the code changed) or mistyped (file, line or code). */
export function unusedAcknowledgementFinding(entry: { file: string; line?: number; code?: string }, index: number, configName: string): Finding {
  const what = [entry.code, `${entry.file}${entry.line !== undefined ? `:${entry.line}` : ''}`].filter(Boolean).join(' at ');
  return {
    file: entry.file, line: entry.line ?? 1, column: 1, code: 'unused-acknowledgement',
    message: `entry ${index + 1} of ${configName} acknowledges ${what}, but no finding is there: remove it, or correct its file, line or code`,
  };
}

/**
 * JavaScript files a tsconfig's `include` matches that TypeScript leaves out without `allowJs`: every call in
 * them would go unseen, and the report would look clean. Placed at the tsconfig (`configFile`, project-relative).
 */
export function javascriptSkippedFinding(configFile: string, files: string[]): Finding {
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? `, and ${files.length - 3} more` : '');
  return {
    file: configFile, line: 1, column: 1, code: 'javascript-skipped',
    message: `${files.length} JavaScript file${files.length > 1 ? 's' : ''} (${shown}) match${files.length > 1 ? '' : 'es'} this tsconfig but ${files.length > 1 ? 'are' : 'is'} not read, as it does not set allowJs, so ${files.length > 1 ? 'their' : 'its'} calls are not audited: set "allowJs": true in its compilerOptions, or pass --project jsconfig.json`,
  };
}

/** An import of the package that TypeScript cannot resolve: every call through it would go unseen. */
export function packageNotResolvedFinding(place: Place, packageName: string): Finding {
  return {
    ...place, code: 'package-not-resolved',
    message: `\`${packageName}\` does not resolve from here, so nothing imported from it can be audited: install it, or fix the tsconfig's paths`,
  };
}

/** The package resolves but its declarations carry no audit tags (a version older than the audit). */
export function packageUntaggedFinding(place: Place, packageName: string): Finding {
  return {
    ...place, code: 'package-untagged',
    message: `the \`${packageName}\` this project resolves has no audit tags in its declarations (an older version?), so no call can be identified: update it to the version that ships this command`,
  };
}
