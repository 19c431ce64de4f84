/**
 * The "this file is generated" banner. Every generated file says it is generated, from which spec and how to
 * regenerate it, in the comment syntax of its format, so nobody edits `generated/` by hand. The writer adds
 * it; emitters that build JSON put the text under a `"//"` key themselves (JSON has no comments).
 */

/** What the banner says, without comment markers (one line per entry). */
export function bannerLines(specPath: string, regenerateCommand: string): string[] {
  return [
    'This file is generated: do not edit it by hand.',
    `Source: ${specPath.replace(/\\/g, '/')}`,
    `Regenerate: ${regenerateCommand}`,
  ];
}

/** The comment syntax a file's extension allows, or `undefined` for formats without comments (JSON). */
export type CommentStyle = 'slash' | 'html' | 'hash' | 'css' | undefined;

/** Picks the comment syntax from the file name. */
export function commentStyleFor(path: string): CommentStyle {
  if (/\.(m|c)?[jt]sx?$/.test(path) || /\.d\.(m|c)?ts$/.test(path)) return 'slash';
  if (/\.(html?|md|markdown|svg|xml)$/.test(path)) return 'html';
  if (/\.(ya?ml|sh|toml)$/.test(path) || /(^|\/)\.(npmignore|gitignore|gitattributes)$/.test(path)) return 'hash';
  if (/\.css$/.test(path)) return 'css';
  return undefined;
}

/** The banner as a comment block for `path`, ending with a newline; empty for formats without comments. */
export function renderBanner(path: string, specPath: string, regenerateCommand: string): string {
  const lines = bannerLines(specPath, regenerateCommand);
  switch (commentStyleFor(path)) {
    case 'slash':
      return `${lines.map((l) => `// ${l}`).join('\n')}\n`;
    case 'hash':
      return `${lines.map((l) => `# ${l}`).join('\n')}\n`;
    case 'html':
      return `<!--\n${lines.map((l) => `  ${l.replace(/--/g, '- -')}`).join('\n')}\n-->\n`;
    case 'css':
      return `/*\n${lines.map((l) => ` * ${l.replace(/\*\//g, '*\\/')}`).join('\n')}\n */\n`;
    default:
      return '';
  }
}

/** The JSON form: a `"//"` value for package.json-like objects, which npm and most tools ignore. */
export function bannerJsonValue(specPath: string, regenerateCommand: string): string {
  return bannerLines(specPath, regenerateCommand).join(' ');
}
