import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, scriptHash, selfHostRedocAssets } from '../../src/emit/docs/page-security.js';

describe('inlineScripts', () => {
  it('returns inline script bodies and skips scripts with src', () => {
    const html = '<script>a()</script><p><script src="x.js"></script><SCRIPT type="module">b()</SCRIPT>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });
  it('does not mistake <script> text inside a script for an element', () => {
    const html = '<script type="module">const s = `<script>x<\\/script>`;</script><script>y()</script>';
    expect(inlineScripts(html)).toEqual(['const s = `<script>x<\\/script>`;', 'y()']);
  });
  it('keeps indices right when lowercasing would change the length (İ)', () => {
    expect(inlineScripts('<script>"İİİ"</script><script>z()</script>')).toEqual(['"İİİ"', 'z()']);
  });
  it('refuses an unterminated script', () => expect(() => inlineScripts('<script>a()')).toThrow('unterminated'));
});

describe('contentSecurityPolicy', () => {
  it('hashes scripts (sha256 of the empty string is the well-known value)', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
  it('allows only the hashed scripts and nothing remote', () => {
    const csp = contentSecurityPolicy(['', '', 'a()']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:/);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc?.split(' ').slice(1)).toEqual([scriptHash(''), scriptHash('a()')].sort());
  });
});

describe('selfHostRedocAssets', () => {
  it('replaces the remote logos with inline SVG', () => {
    const out = selfHostRedocAssets('src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`');
    expect(out).not.toContain('https://');
    expect(out.match(/data:image\/svg\+xml,/g)).toHaveLength(2);
  });
  it('refuses any other asset on Redoc’s CDN', () => {
    expect(() => selfHostRedocAssets('`https://cdn.redoc.ly/redoc/new-asset.png`')).toThrow('not self-hosted');
  });
});
