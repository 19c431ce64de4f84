import { parseMarkdownTables } from './parse-markdown.js';
import { parsePlainTextTables } from './parse-plain-text.js';
import type { PermissionPage } from './types.js';

/**
 * Parses a Braze permission page: the Markdown layout (tabs with permission tables) when it has any
 * permission table in that form, else the rendered plain-text layout. A page with neither gives no tables.
 */
export function parsePermissionPage(text: string): PermissionPage {
  const markdown = parseMarkdownTables(text);
  if (markdown.length > 0) return { layout: 'markdown', tables: markdown };
  return { layout: 'plain-text', tables: parsePlainTextTables(text) };
}
