/**
 * Reads the two facts Braze's per-endpoint files give only in prose: the permission a key needs ("an API key
 * with the `users.track` permission") and the rate limit ("limited to 100 API calls per minute"). Their
 * `security` lists `BearerAuth: []` with no scopes, so the prose is all there is to compare with our scopes
 * and `x-rate-limit`.
 */
import type { RateLimitInfo } from './types.js';

/** A permission name as Braze writes it (`users.track`), optionally in backticks or bold. */
const NAME = String.raw`[*\x60]*[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+[*\x60]*`;
/** One or more names joined by commas, "and" or "or", followed by the word permission(s). */
const NAMES_BEFORE_WORD = new RegExp(String.raw`(${NAME}(?:\s*(?:,|\band\b|\bor\b|,\s*and\b|,\s*or\b)\s*${NAME})*)\s+permissions?\b`, 'gi');
/** "permission(s): `a`, `b`" and "the permission `a`". */
const NAMES_AFTER_WORD = new RegExp(String.raw`\bpermissions?\s*(?::|\bis\b|\bare\b)?\s*(${NAME}(?:\s*(?:,|\band\b|\bor\b)\s*${NAME})*)`, 'gi');

/** The permissions a text names, in order of appearance, without duplicates. */
export function permissionsInProse(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  for (const pattern of [NAMES_BEFORE_WORD, NAMES_AFTER_WORD]) {
    for (const match of text.matchAll(pattern)) {
      const list = match[1] ?? '';
      const start = (match.index ?? 0) + match[0].indexOf(list);
      for (const name of list.matchAll(/[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+/gi)) {
        found.push({ at: start + (name.index ?? 0), name: name[0].toLowerCase() });
      }
    }
  }
  const names = found.sort((a, b) => a.at - b.at).map((f) => f.name);
  return [...new Set(names)];
}

const UNIT_SECONDS: Record<string, number> = { second: 1, sec: 1, s: 1, minute: 60, min: 60, hour: 3600, hr: 3600, h: 3600, day: 86400, week: 604800 };
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, thirty: 30 };
const COUNT = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const UNIT = String.raw`(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)`;
/** "100 API calls per minute", "3,000 requests every three seconds", "5,000 requests per day, per company". */
const LIMIT_WORDS = new RegExp(String.raw`${COUNT}\s+(?:API\s+)?(?:requests?|calls?|API\s+calls?|API\s+requests?)\s+(?:per|every|each|a|an|in\s+an?)\s+(?:(\d+|a|an|one|two|three|four|five|ten|fifteen|thirty)\s+)?${UNIT}\b`, 'gi');
/** "250/min", "50 / hour". */
const LIMIT_SLASH = new RegExp(String.raw`${COUNT}\s*\/\s*(s|sec|second|min|minute|h|hr|hour|day)\b`, 'gi');

/**
 * Every rate limit a text states, in order: numeric limits, "the default … rate limit" (the shared
 * 250,000 per hour) and "no rate limit". A text with none gives `[]`.
 */
export function rateLimitsInProse(text: string): RateLimitInfo[] {
  const found: { at: number; info: RateLimitInfo }[] = [];
  for (const match of text.matchAll(LIMIT_WORDS)) {
    const [whole, count = '', multiplier, unit = ''] = match;
    const times = multiplier === undefined ? 1 : (WORD_NUMBERS[multiplier.toLowerCase()] ?? Number(multiplier));
    found.push({ at: match.index ?? 0, info: limit(count, unit, times, whole) });
  }
  for (const match of text.matchAll(LIMIT_SLASH)) {
    const [whole, count = '', unit = ''] = match;
    if (!found.some((f) => Math.abs(f.at - (match.index ?? 0)) < 3)) found.push({ at: match.index ?? 0, info: limit(count, unit, 1, whole) });
  }
  const defaultMatch = /\bdefault\b[^.]{0,40}\brate[- ]limit/i.exec(text);
  if (defaultMatch) {
    // "the default rate limit of 250,000 requests per hour": the number is the default's, not the endpoint's own.
    const within = found.filter((f) => f.at > defaultMatch.index && f.at < defaultMatch.index + defaultMatch[0].length + 40);
    for (const f of within) found.splice(found.indexOf(f), 1);
    found.push({ at: defaultMatch.index, info: { kind: 'default', text: defaultMatch[0] } });
  }
  const none = /\b(?:no rate limit|not subject to (?:a|any) rate limit|not rate[- ]limited|(?:is|are)n['’]?t rate[- ]limited|has no (?:fixed )?rate limit)/i.exec(text);
  if (none) found.push({ at: none.index, info: { kind: 'none', text: none[0] } });
  return found.sort((a, b) => a.at - b.at).map((f) => f.info);
}

function limit(count: string, unit: string, times: number, text: string): RateLimitInfo {
  const base = unit.toLowerCase().replace(/s$/, '');
  const seconds = (UNIT_SECONDS[base] ?? UNIT_SECONDS[unit.toLowerCase()] ?? 0) * times;
  return { kind: 'limit', limit: Number(count.replace(/,/g, '')), windowSeconds: seconds, text: text.trim() };
}

/** `100 per minute`, `3,000 per 3 seconds`, `the default limit`, `no limit`: how a report names a limit. */
export function describeLimit(info: RateLimitInfo): string {
  if (info.kind === 'default') return 'the default limit';
  if (info.kind === 'none') return 'no fixed limit';
  const windows: [number, string][] = [[604800, 'week'], [86400, 'day'], [3600, 'hour'], [60, 'minute'], [1, 'second']];
  const [size, name] = windows.find(([s]) => info.windowSeconds % s === 0 && info.windowSeconds >= s) ?? [1, 'second'];
  const n = info.windowSeconds / size;
  return `${info.limit.toLocaleString('en-US')} per ${n === 1 ? name : `${n} ${name}s`}`;
}
