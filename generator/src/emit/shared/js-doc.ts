/**
 * JSDoc helpers shared by every TypeScript emitter. Spec text is untrusted: a description containing `*​/`
 * would end the comment early and turn the rest of the description into code, so all of it goes through
 * `escapeJsDoc` before it is printed.
 */

/** Makes text safe inside a `/** … *​/` comment: `*​/` cannot close it, and `\r\n` become `\n`. */
export function escapeJsDoc(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .trim();
}

/**
 * The lines of a JSDoc body (without the `/**` and `*​/` delimiters), escaped; empty parts are dropped.
 * Returned as one string because ts-morph's `docs` structures take the text and add the ` * ` prefixes.
 */
export function toJsDocText(parts: (string | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map(escapeJsDoc)
    .join('\n');
}

/** A complete JSDoc block, for emitters that print text rather than structures. */
export function renderJsDoc(text: string, indent = ''): string {
  const body = escapeJsDoc(text);
  if (body === '') return '';
  const lines = body.split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l === '' ? '' : ` ${l}`}`).join('\n')}\n${indent} */\n`;
}
