/**
 * Limits that keep any lesson file quick to read and to show. A lesson can come from anyone;
 * without them a file of a few hundred kilobytes (thousands of nested emphasis marks, tens of
 * thousands of formulas or headings, a quote nested twenty thousand deep) stalls or crashes
 * the page. Each limit is far above what a real lesson uses (the built-in ones stay under a
 * tenth of each) and, when crossed, becomes a line-numbered error like any other mistake.
 */
import { grouped } from '../engine/numberText';
export const LESSON_LIMITS = {
  /** Characters in one paragraph (text between blank lines). */
  paragraphChars: 20_000,
  /** Emphasis marks (`*`, `_`) in one paragraph, outside math. */
  emphasisMarks: 300,
  /** Quotes and list items nested in one another. */
  nesting: 8,
  /** Characters of TeX in one formula. */
  formulaChars: 1_000,
  /** Formulas in the whole lesson. */
  formulas: 200,
  /** Headings in the whole lesson. */
  headings: 100,
  /** Paragraphs, tables and blocks in the whole lesson. */
  parts: 2_000,
} as const;

/** A limit crossed: the line it happened on and what to do about it. */
export interface BudgetProblem {
  line: number;
  message: string;
}

const MATH = /\$\$[\s\S]*?\$\$|\$(?:\\.|[^$\\])*\$/g;
const NESTING = /^(?:[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;
const NESTING_TOKEN = />|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t])/g;

const count = (n: number) => grouped(n);

/**
 * What is wrong with one paragraph starting on `firstLine`, or null when it is within every
 * per-paragraph limit. Example: paragraphProblem('>'.repeat(20000) + ' x', 9) → line 9,
 * "… nested 20,000 deep …".
 */
export function paragraphProblem(text: string, firstLine: number): BudgetProblem | null {
  const L = LESSON_LIMITS;
  if (text.length > L.paragraphChars) {
    return {
      line: firstLine,
      message: `This paragraph is ${count(text.length)} characters long; at most ${count(L.paragraphChars)} fit in one. Split it with blank lines.`,
    };
  }
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const lead = NESTING.exec(lines[k]!);
    const depth = lead ? (`${lead[0]} `.match(NESTING_TOKEN)?.length ?? 0) : 0;
    if (depth > L.nesting) {
      return {
        line: firstLine + k,
        message: `Quotes or lists are nested ${count(depth)} deep here; at most ${L.nesting} levels are shown. Write a literal > or - as \\> or \\-.`,
      };
    }
  }
  let marks = 0;
  let at = 0;
  const outsideMath = text.replace(MATH, (m, offset: number) => {
    if (m.length - 2 > L.formulaChars && at === 0) at = offset + 1;
    return ' ';
  });
  if (at > 0) {
    return {
      line: firstLine + newlinesBefore(text, at - 1),
      message: `A formula here is longer than ${count(L.formulaChars)} characters of TeX; split it into smaller ones.`,
    };
  }
  for (let i = 0; i < outsideMath.length; i++) {
    const c = outsideMath.charCodeAt(i);
    if (c === 42 || c === 95) marks++;
  }
  if (marks > L.emphasisMarks) {
    return {
      line: firstLine,
      message: `This paragraph has ${count(marks)} emphasis marks (* or _); at most ${count(L.emphasisMarks)} fit in one. Write a literal star or underscore as \\* or \\_.`,
    };
  }
  return null;
}

/** Formulas in a paragraph, as the limit counts them. */
export function formulaCount(text: string): number {
  return text.match(MATH)?.length ?? 0;
}

/**
 * The running totals of one lesson. Each `add…` returns a problem when the lesson goes over a
 * whole-lesson limit there: the lesson is cut at that line (what came before is kept).
 */
export class LessonBudget {
  private formulas = 0;
  private headings = 0;
  private parts = 0;

  /** A paragraph (or table or block) of the lesson, with its formulas. */
  addPart(line: number, formulas = 0): BudgetProblem | null {
    this.parts++;
    this.formulas += formulas;
    const L = LESSON_LIMITS;
    if (this.formulas > L.formulas) {
      return cut(line, `it has more than ${count(L.formulas)} formulas`);
    }
    if (this.parts > L.parts) {
      return cut(line, `it has more than ${count(L.parts)} paragraphs and blocks`);
    }
    return null;
  }

  /** A heading of the lesson. */
  addHeading(line: number): BudgetProblem | null {
    this.headings++;
    const L = LESSON_LIMITS;
    return this.headings > L.headings
      ? cut(line, `it has more than ${count(L.headings)} headings`)
      : null;
  }
}

function cut(line: number, why: string): BudgetProblem {
  return {
    line,
    message: `From line ${count(line)} on, the lesson is not shown: ${why}, more than a lesson page can show quickly. Split it into several lessons.`,
  };
}

function newlinesBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** At most this much of a refused paragraph is shown beside its error. */
export const ERROR_SOURCE_CHARS = 2_000;

/** The start of a refused text, to show beside its error without showing all of it. */
export function sourceExcerpt(text: string): string {
  return text.length <= ERROR_SOURCE_CHARS
    ? text
    : `${text.slice(0, ERROR_SOURCE_CHARS)}\n… (${count(text.length - ERROR_SOURCE_CHARS)} more characters)`;
}
