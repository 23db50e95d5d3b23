import { describe, expect, it } from 'vitest';
import { guessTarget, parseNumber, sortLabels } from './targetKind';

describe('parseNumber', () => {
  it('reads decimal and exponent forms only', () => {
    expect(parseNumber(' 1.5 ')).toBe(1.5);
    expect(parseNumber('-2e3')).toBe(-2000);
    expect(parseNumber('.5')).toBe(0.5);
    for (const bad of ['', 'NaN', 'Infinity', '0x10', '1,5', '1.2.3', 'abc', '1e999']) {
      expect(parseNumber(bad)).toBeNull();
    }
  });

  it('reads a decimal comma only when asked', () => {
    expect(parseNumber('1,5', true)).toBe(1.5);
    expect(parseNumber('1,5,6', true)).toBeNull();
  });
});

describe('guessTarget', () => {
  it('two text labels: binary, sorted', () => {
    expect(guessTarget(['yes', 'no', 'yes'])).toMatchObject({
      problem: 'binary',
      labels: ['no', 'yes'],
    });
  });

  it('three text labels: multi-class', () => {
    expect(guessTarget(['cat', 'dog', 'bird', 'cat']).problem).toBe('multiclass');
  });

  it('0/1 numbers: binary with numeric labels', () => {
    expect(guessTarget(['0', '1', '1', '0'])).toMatchObject({
      problem: 'binary',
      labels: ['0', '1'],
    });
  });

  it('a few repeated integers: multi-class, in numeric order', () => {
    const g = guessTarget(['10', '2', '3', '2', '10', '3']);
    expect(g).toMatchObject({ problem: 'multiclass', labels: ['2', '3', '10'] });
  });

  it('many different numbers or fractions: regression', () => {
    expect(guessTarget(['93', '68', '95', '75', '51', '60', '89', '97']).problem).toBe(
      'regression',
    );
    expect(guessTarget(['0.5', '1.5', '0.5', '1.5', '2.5', '2.5']).problem).toBe('regression');
  });

  it('ignores empty cells', () => {
    expect(guessTarget(['a', '', 'b']).labels).toEqual(['a', 'b']);
  });

  it('sorts labels naturally', () => {
    expect(sortLabels(['b', '10', 'a', '2'])).toEqual(['2', '10', 'a', 'b']);
  });
});
