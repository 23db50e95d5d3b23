/**
 * How every number on the page is written: one rule for significant digits and for where plain
 * notation gives way to a × 10ⁿ, in three notations (page text, KaTeX, and an editable field).
 * Pure, so the engine's messages, the charts, the views and the classroom share it.
 */

/** Significant digits, and the magnitudes [small, large) written in plain notation. */
export interface Precision {
  digits: number;
  small: number;
  large: number;
}

/** Readouts, labels, tooltips and tables: 3 significant digits, plain from 0.001 to 9,999. */
export const SHORT: Precision = { digits: 3, small: 1e-3, large: 1e4 };

/** The teaching views' worked numbers: 4 significant digits, plain from 0.0001 to 999,999. */
export const PRECISE: Precision = { digits: 4, small: 1e-4, large: 1e6 };

/**
 * `text`: page text with a real minus sign and a × 10ⁿ ("−3.11×10⁻⁵"); `tex`: KaTeX source
 * ("-3.11\times 10^{-5}"); `input`: what a number field shows and `Number()` reads back
 * ("-3.11e-5").
 */
export type Notation = 'text' | 'tex' | 'input';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};
const FROM_SUPERSCRIPT = Object.fromEntries(Object.entries(SUPERSCRIPT).map(([k, v]) => [v, k]));

function nonFinite(x: number, notation: Notation): string {
  if (Number.isNaN(x)) return notation === 'input' ? '' : notation === 'tex' ? '\\text{–}' : '–';
  const sign = x < 0 ? (notation === 'text' ? '−' : '-') : '';
  if (notation === 'tex') return `${sign}\\infty`;
  return notation === 'input' ? `${sign}Infinity` : `${sign}∞`;
}

/** a × 10ⁿ in the notation asked for; `mantissa` and `exponent` are plain ASCII numbers. */
function scientific(mantissa: string, exponent: string, notation: Notation): string {
  if (notation === 'input') return `${mantissa}e${exponent}`;
  if (notation === 'tex') return `${mantissa}\\times 10^{${exponent}}`;
  const sup = [...exponent].map((c) => SUPERSCRIPT[c] ?? c).join('');
  return `${mantissa.replace('-', '−')}×10${sup}`;
}

/**
 * A number to `precision.digits` significant digits, trailing zeros dropped; a × 10ⁿ outside
 * [small, large). NaN (a value not measured yet) is "–", infinities "∞".
 * Examples: formatNumber(0.42173) → '0.422'; formatNumber(-12345) → '−1.23×10⁴';
 * formatNumber(-0.00003114, PRECISE, 'tex') → '-3.114\times 10^{-5}';
 * formatNumber(0.000123, SHORT, 'input') → '1.23e-4'.
 */
export function formatNumber(x: number, precision = SHORT, notation: Notation = 'text'): string {
  if (!Number.isFinite(x)) return nonFinite(x, notation);
  if (x === 0) return '0';
  const { digits, small, large } = precision;
  const rounded = Number(x.toPrecision(digits));
  const a = Math.abs(rounded);
  if (a >= small && a < large) {
    const plain = String(rounded);
    // String() itself switches to e-notation below 1e-6; those fall through to a × 10ⁿ.
    if (!plain.includes('e')) return notation === 'text' ? plain.replace('-', '−') : plain;
  }
  return timesTenParts(x, digits, notation);
}

function timesTenParts(x: number, digits: number, notation: Notation): string {
  const [m, e] = x.toExponential(Math.max(0, digits - 1)).split('e');
  return scientific(String(Number(m)), String(Number(e)), notation);
}

/**
 * Always a × 10ⁿ with `digits` significant digits (tick labels that share one form).
 * Example: timesTen(-0.00003114, 4) → '−3.114×10⁻⁵'; timesTen(120000, 3) → '1.2×10⁵'.
 */
export function timesTen(x: number, digits: number, notation: Notation = 'text'): string {
  if (!Number.isFinite(x)) return nonFinite(x, notation);
  return timesTenParts(x, digits, notation);
}

/**
 * Every number in text written by formatNumber (either minus sign, plain, e-notation or
 * a × 10ⁿ), in order. Example: numbersInText('w = −3.1×10⁻⁵, b = 0.2') → [-0.000031, 0.2].
 */
export function numbersInText(text: string): number[] {
  const ascii = text
    .replace(/−/g, '-')
    .replace(
      /×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g,
      (_, sup: string) => `e${[...sup].map((c) => FROM_SUPERSCRIPT[c] ?? c).join('')}`,
    );
  return (ascii.match(/-?\d+(\.\d+)?(e[-+]?\d+)?/g) ?? []).map(Number);
}

/**
 * A count with thousands separators, as `toLocaleString('en')` writes it (at most 3 decimals,
 * hyphen-minus), without Intl: the first Intl call of a page costs 12–34 ms of locale set-up,
 * which would land on the first screen's critical path (the loss chart's epoch ticks).
 * Examples: grouped(165507) → '165,507'; grouped(1234.5) → '1,234.5'; grouped(NaN) → 'NaN'.
 */
export function grouped(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  if (Math.abs(n) >= 1e21) return String(n); // toFixed's own limit; no count gets here
  const [whole, fraction] = Math.abs(n).toFixed(3).split('.') as [string, string];
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction.replace(/0+$/, '');
  const text = decimals ? `${digits}.${decimals}` : digits;
  return n < 0 && text !== '0' ? `-${text}` : text;
}
