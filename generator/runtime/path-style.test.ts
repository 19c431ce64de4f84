import { describe, expect, it } from 'vitest';
import { pathStyle } from './path-style.js';
import { fillPath } from './url.js';

/** OpenAPI 3.1's style examples: `color` as a string, an array and an object. */
const BLUE = 'blue';
const COLORS = ['blue', 'black', 'brown'];
const RGB = { R: 100, G: 200, B: 150 };

describe('pathStyle: OpenAPI\'s path style table', () => {
  it.each([
    ['simple', false, BLUE, 'blue'], ['simple', true, BLUE, 'blue'],
    ['simple', false, COLORS, 'blue,black,brown'], ['simple', true, COLORS, 'blue,black,brown'],
    ['simple', false, RGB, 'R,100,G,200,B,150'], ['simple', true, RGB, 'R=100,G=200,B=150'],
    ['label', false, BLUE, '.blue'], ['label', true, BLUE, '.blue'],
    ['label', false, COLORS, '.blue,black,brown'], ['label', true, COLORS, '.blue.black.brown'],
    ['label', false, RGB, '.R,100,G,200,B,150'], ['label', true, RGB, '.R=100.G=200.B=150'],
    ['matrix', false, BLUE, ';color=blue'], ['matrix', true, BLUE, ';color=blue'],
    ['matrix', false, COLORS, ';color=blue,black,brown'], ['matrix', true, COLORS, ';color=blue;color=black;color=brown'],
    ['matrix', false, RGB, ';color=R,100,G,200,B,150'], ['matrix', true, RGB, ';R=100;G=200;B=150'],
  ] as const)('%s, explode %s: %j → %s', (style, explode, value, want) => {
    expect(pathStyle('color', style, explode)(value)).toBe(want);
  });

  it('keeps every value in its segment: no /, ? or #; a whole segment of . or .. is refused by fillPath', () => {
    expect(pathStyle('c', 'simple')(['../x', '..', 'a?b#c'])).toBe('..%2Fx,..,a%3Fb%23c');
    expect(pathStyle('c', 'matrix', true)({ 'k/1': '.' })).toBe(';k%2F1=.');
    expect(() => fillPath('/c/{c}', 'c', ['..'], pathStyle('c'))).toThrow(TypeError);
    expect(() => fillPath('/c/{c}', 'c', '.', pathStyle('c', 'label'))).toThrow(TypeError); // `..`
  });

  it('is what fillPath uses when a descriptor carries it; a missing value is still refused', () => {
    expect(fillPath('/colors/{color}', 'color', COLORS, pathStyle('color', 'matrix'))).toBe('/colors/;color=blue,black,brown');
    expect(() => fillPath('/colors/{color}', 'color', undefined, pathStyle('color', 'label'))).toThrow(/color/);
  });
});
