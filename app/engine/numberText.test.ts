import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRECISE, SHORT, formatNumber, numbersInText, timesTen, grouped } from './numberText';

describe('formatNumber', () => {
  it('writes everyday magnitudes plainly to 3 significant digits, with a real minus sign', () => {
    expect(formatNumber(0.42173)).toBe('0.422');
    expect(formatNumber(-1.23456)).toBe('−1.23');
    expect(formatNumber(120.6)).toBe('121');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(9999)).toBe('1×10⁴');
  });

  it('writes tiny and huge values as a × 10ⁿ, never as e-notation on the page', () => {
    expect(formatNumber(-12345)).toBe('−1.23×10⁴');
    expect(formatNumber(0.000123)).toBe('1.23×10⁻⁴');
    expect(formatNumber(-0.00003114, PRECISE)).toBe('−3.114×10⁻⁵');
    expect(formatNumber(1234567, PRECISE)).toBe('1.235×10⁶');
    expect(formatNumber(19300)).toBe('1.93×10⁴');
  });

  it('writes KaTeX source with \\times 10^{n} (never "e − 5" in an equation)', () => {
    expect(formatNumber(-0.00003114, PRECISE, 'tex')).toBe('-3.114\\times 10^{-5}');
    expect(formatNumber(0.5, PRECISE, 'tex')).toBe('0.5');
    expect(formatNumber(Infinity, PRECISE, 'tex')).toBe('\\infty');
  });

  it('writes a field value that Number() reads back as the value shown', () => {
    expect(formatNumber(0.000123, SHORT, 'input')).toBe('1.23e-4');
    expect(formatNumber(-1.23456, SHORT, 'input')).toBe('-1.23');
    expect(Number(formatNumber(-12345, SHORT, 'input'))).toBe(-12300);
  });

  it('marks a value not measured yet with a dash and infinities with ∞', () => {
    expect(formatNumber(NaN)).toBe('–');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(NaN, SHORT, 'input')).toBe('');
  });

  it('stays within its digits and round-trips through the page text and the field', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
        fc.constantFrom(SHORT, PRECISE),
        (x, p) => {
          const rounded = Number(x.toPrecision(p.digits));
          expect(Number(formatNumber(x, p, 'input'))).toBe(rounded);
          const [read] = numbersInText(formatNumber(x, p));
          expect(read).toBeCloseTo(rounded, 10);
          if (x !== 0) expect(Math.abs(read! - rounded) / Math.abs(rounded)).toBeLessThan(1e-12);
          const text = formatNumber(x, p);
          expect(text).not.toMatch(/e/);
          expect(text).not.toMatch(/-/);
          // Significant digits in the mantissa never exceed the precision.
          const mantissa = text
            .replace(/×10.*$/, '')
            .replace(/[−.]/g, '')
            .replace(/^0+/, '');
          expect(mantissa.replace(/0+$/, '').length).toBeLessThanOrEqual(p.digits);
        },
      ),
      { numRuns: 2000 },
    );
  }, 20_000);
});

describe('timesTen and numbersInText', () => {
  it('always writes a × 10ⁿ', () => {
    expect(timesTen(-0.00003114, 4)).toBe('−3.114×10⁻⁵');
    expect(timesTen(120000, 3)).toBe('1.2×10⁵');
    expect(timesTen(5, 2, 'tex')).toBe('5\\times 10^{0}');
  });

  it('reads every form the page writes', () => {
    expect(numbersInText('w = −3.1×10⁻⁵, b = 0.2, lr 1e-4, −7')).toEqual([
      -0.000031, 0.2, 0.0001, -7,
    ]);
  });
});

describe('grouped', () => {
  it('writes counts as toLocaleString("en") does, without Intl', () => {
    expect(grouped(165507)).toBe('165,507');
    expect(grouped(0)).toBe('0');
    expect(grouped(999)).toBe('999');
    expect(grouped(1000)).toBe('1,000');
    expect(grouped(-1234567)).toBe('-1,234,567');
    expect(grouped(1234.5)).toBe('1,234.5');
    expect(grouped(NaN)).toBe('NaN');
    expect(grouped(Infinity)).toBe('∞');
    // Every whole number and every quarter a count or tick can be, against the locale's own text.
    for (let k = 0; k < 2000; k++) {
      const whole = Math.floor(Math.exp(k / 60)) * (k % 7 === 0 ? -1 : 1);
      for (const n of [whole, whole + 0.25, whole + 0.5])
        expect(grouped(n)).toBe(n.toLocaleString('en'));
    }
  });
});
