import { BlockError, readCheckpoint, readPlayground, readWidget } from './blocks';
import type { LessonBlock } from './blocks';
import { LessonBudget, formulaCount, paragraphProblem, sourceExcerpt } from './lessonBudget';
import { checkMath } from './mathCheck';
import { sectionSlug } from './slug';
import { isMap, readYaml } from './yamlBlock';
import { WIDGET_SPECS } from './widgetSpecs';
import type { WidgetId } from './widgetSpecs';

/** The front matter every lesson has. */
export interface LessonMeta {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
}

/** One piece of a lesson, in order, with the line it starts on (1-based, in the file). */
export type Segment =
  | { kind: 'markdown'; line: number; text: string }
  | { kind: 'table'; line: number; header: string[]; rows: string[][] }
  | { kind: 'block'; line: number; block: LessonBlock }
  | { kind: 'error'; line: number; message: string; source: string };

/** A heading that can be linked to: `## Why it works` → slug 'why-it-works'. */
export interface Section {
  slug: string;
  title: string;
  line: number;
}

/** A lesson read from Markdown: what could be read, and every problem with its line. */
export interface ParsedLesson {
  meta: LessonMeta;
  segments: Segment[];
  sections: Section[];
  errors: { line: number; message: string }[];
}

const LIVE = ['playground', 'widget', 'checkpoint'] as const;
const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*([\w-]*)/;

/** Front matter: `---` on line 1 to the next `---`; returns the body's first line too. */
function frontMatter(lines: string[], fallbackId: string, errors: ParsedLesson['errors']) {
  const meta: LessonMeta = {
    id: fallbackId,
    title: fallbackId,
    summary: '',
    minutes: 10,
    objectives: [],
  };
  if (lines[0]?.trim() !== '---') {
    errors.push({
      line: 1,
      message: 'The lesson has no front matter (a --- block with id and title).',
    });
    return { meta, bodyStart: 0 };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    errors.push({
      line: 1,
      message: 'The front matter is not closed: add a line with --- after it.',
    });
    return { meta, bodyStart: lines.length };
  }
  const y = readYaml(lines.slice(1, end).join('\n'));
  if (!y.ok) {
    errors.push({ line: y.line + 1, message: `The front matter is not valid YAML: ${y.message}` });
    return { meta, bodyStart: end + 1 };
  }
  const m = isMap(y.value) ? y.value : {};
  const str = (k: string) =>
    typeof m[k] === 'string' || typeof m[k] === 'number' ? String(m[k]) : '';
  for (const k of ['id', 'title', 'summary']) {
    if (!str(k)) errors.push({ line: 1, message: `The front matter has no "${k}".` });
  }
  const minutes = typeof m.minutes === 'number' && m.minutes > 0 ? m.minutes : NaN;
  if (Number.isNaN(minutes))
    errors.push({ line: 1, message: 'The front matter needs "minutes:" as a number.' });
  const objectives = Array.isArray(m.objectives)
    ? m.objectives
        .filter((o, i) => {
          const plain = typeof o === 'string' || typeof o === 'number';
          if (!plain)
            errors.push({
              line: 1,
              message: `Objective ${i + 1} in the front matter is not plain text (put it in quotes if it contains a colon).`,
            });
          return plain;
        })
        .map(String)
    : [];
  if (objectives.length === 0)
    errors.push({ line: 1, message: 'The front matter needs "objectives:" as a list.' });
  return {
    meta: {
      id: sectionSlug(str('id')) || fallbackId,
      title: str('title') || fallbackId,
      summary: str('summary'),
      minutes: Number.isNaN(minutes) ? 10 : minutes,
      objectives,
    },
    bodyStart: end + 1,
  };
}

/** The cells of a `| a | b |` row; a `\\|` stays in its cell. */
function tableCells(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/**
 * A pipe table (GitHub style: a header row, a `|---|---|` rule, then rows), or null when the
 * chunk is not one. Example: ['| a | b |', '|---|---|', '| 1 | 2 |'] → header [a, b], rows [[1, 2]].
 */
function readTable(lines: string[]): { header: string[]; rows: string[][] } | null {
  if (lines.length < 2 || !lines.every((l) => l.trim().startsWith('|'))) return null;
  if (!/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?$/.test(lines[1]!)) return null;
  const header = tableCells(lines[0]!);
  const rows = lines.slice(2).map((l) => {
    const cells = tableCells(l);
    return header.map((_, k) => cells[k] ?? '');
  });
  return { header, rows };
}

/** A line that is only `$$…$$` becomes a display formula (remark-math wants `$$` on its own lines). */
function displayMathLines(text: string): string {
  return text.replace(
    /^[ \t]*\$\$(.+?)\$\$[ \t]*$/gm,
    (_m, tex: string) => `$$\n${tex.trim()}\n$$`,
  );
}

/** Broken math in a checkpoint's texts spoils the block like any other mistake in it. */
function checkBlockMath(block: { goal: string; hint: string; explanation: string }): void {
  for (const field of ['goal', 'hint', 'explanation'] as const) {
    const problem = checkMath(block[field], 1)[0];
    if (problem) throw new BlockError(`in "${field}": ${problem.message}`);
  }
}

function readBlock(kind: (typeof LIVE)[number], body: string, key: string): LessonBlock {
  const y = readYaml(body);
  if (!y.ok) throw Object.assign(new BlockError(`not valid YAML: ${y.message}`), { at: y.line });
  if (kind === 'playground') return readPlayground(y.value, key);
  if (kind === 'widget') return readWidget(y.value, key);
  return readCheckpoint(y.value, key);
}

/**
 * A checkpoint that reads a widget must name a widget block of the same lesson, and a number
 * that widget publishes (its spec's metrics).
 */
function checkReferences(segments: Segment[], keys: Set<string>, errors: ParsedLesson['errors']) {
  const widgetOf = new Map<string, WidgetId>();
  for (const s of segments) {
    if (s.kind === 'block' && s.block.kind === 'widget') widgetOf.set(s.block.key, s.block.id);
  }
  segments.forEach((s, i) => {
    if (s.kind !== 'block' || s.block.kind !== 'checkpoint') return;
    const c = s.block.check;
    const ref = c.kind === 'widget' || c.kind === 'answer' ? c.widget : undefined;
    if (ref === undefined) return;
    const cannot = `The checkpoint block on line ${s.line} cannot be used:`;
    let message: string | null = null;
    if (!keys.has(ref)) {
      message = `${cannot} it reads the widget "${ref}", which is not in this lesson (a widget's name is its key, or its id).`;
    } else {
      const id = widgetOf.get(ref);
      const metric = c.kind === 'widget' || c.kind === 'answer' ? c.metric : undefined;
      const published: readonly string[] = id ? WIDGET_SPECS[id].metrics : [];
      if (!id) message = `${cannot} "${ref}" is not a widget block, so it publishes no numbers.`;
      else if (metric !== undefined && !published.includes(metric))
        message =
          published.length === 0
            ? `${cannot} the widget "${ref}" (${id}) publishes no numbers to check.`
            : `${cannot} the widget "${ref}" (${id}) publishes no "${metric}"; it publishes ${published.map((m) => `"${m}"`).join(', ')}.`;
    }
    if (message === null) return;
    errors.push({ line: s.line, message });
    segments[i] = { kind: 'error', line: s.line, message, source: '' };
  });
}

/**
 * Reads a lesson file. Never throws: each problem becomes an error segment in place of the
 * part it spoils (a block, or one paragraph with broken math), with its line, and the rest of
 * the lesson is kept. `fallbackId` names a lesson whose front matter lacks an id.
 * Example: parseLesson('---\nid: a\n…---\n# Hi\n```widget\nid: nope\n```') has one error, line 7.
 */
export function parseLesson(source: string, fallbackId = 'lesson'): ParsedLesson {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const errors: ParsedLesson['errors'] = [];
  const { meta, bodyStart } = frontMatter(lines, fallbackId, errors);
  const segments: Segment[] = [];
  const sections: Section[] = [];
  const keys = new Set<string>();
  let chunk: string[] = [];
  let chunkLine = bodyStart + 1;
  // Limits that keep any file quick to show (lessonBudget.ts); past a whole-lesson one, stop.
  const budget = new LessonBudget();
  let stopped = false;
  const stop = (p: { line: number; message: string }, source: string) => {
    errors.push(p);
    segments.push({ kind: 'error', ...p, source: sourceExcerpt(source) });
    stopped = true;
  };

  const flush = () => {
    const text = chunk.join('\n');
    if (text.trim() && !stopped) {
      const over = paragraphProblem(text, chunkLine);
      const cut = budget.addPart(chunkLine, over ? 0 : formulaCount(text));
      if (cut) return stop(cut, text);
      if (over) {
        errors.push(over);
        segments.push({ kind: 'error', ...over, source: sourceExcerpt(text) });
        chunk = [];
        return;
      }
      const problems = checkMath(text, chunkLine);
      if (problems.length > 0) {
        for (const p of problems) {
          errors.push(p);
          segments.push({ kind: 'error', line: p.line, message: p.message, source: text });
        }
      } else {
        const table = readTable(chunk);
        segments.push(
          table
            ? { kind: 'table', line: chunkLine, ...table }
            : { kind: 'markdown', line: chunkLine, text: displayMathLines(text) },
        );
      }
    }
    chunk = [];
  };

  let i = bodyStart;
  while (i < lines.length && !stopped) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[2]!;
      const info = fence[3]!;
      const close = lines.findIndex(
        (l, j) =>
          j > i &&
          l.trim().startsWith(marker[0]!.repeat(marker.length)) &&
          l.trim().replace(/[`~]/g, '') === '',
      );
      const live = (LIVE as readonly string[]).includes(info)
        ? (info as (typeof LIVE)[number])
        : null;
      if (close < 0) {
        flush();
        const message = `This \`\`\`${info} block is never closed: add a line with ${marker} after it.`;
        errors.push({ line: i + 1, message });
        segments.push({ kind: 'error', line: i + 1, message, source: lines.slice(i).join('\n') });
        break;
      }
      // Claim blocks are for the test suite (claims.ts), not for the learner's page.
      if (info === 'claim') {
        flush();
        i = close + 1;
        chunkLine = i + 1;
        continue;
      }
      if (!live) {
        if (chunk.length === 0) chunkLine = i + 1;
        chunk.push(...lines.slice(i, close + 1));
        i = close + 1;
        continue;
      }
      flush();
      const cut = budget.addPart(i + 1);
      if (cut || stopped) {
        if (cut) stop(cut, line);
        break;
      }
      const body = lines.slice(i + 1, close).join('\n');
      try {
        const block = readBlock(live, body, `${live}-${i + 1}`);
        if (block.kind === 'checkpoint') checkBlockMath(block);
        if (keys.has(block.key))
          throw new BlockError(`another block already has the id "${block.key}"`);
        keys.add(block.key);
        segments.push({ kind: 'block', line: i + 1, block });
      } catch (e) {
        const at = (e as { at?: number }).at;
        const where = at === undefined ? i + 1 : i + 1 + at;
        const why = e instanceof Error ? e.message : String(e);
        const message = `The ${live} block on line ${i + 1} cannot be used: ${why}`;
        errors.push({ line: where, message });
        segments.push({ kind: 'error', line: where, message, source: body });
      }
      i = close + 1;
      chunkLine = i + 1;
      continue;
    }
    const heading = /^(#{1,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && heading[1]!.length >= 2) {
      const cut = budget.addHeading(i + 1);
      if (cut) {
        flush();
        stop(cut, line);
        break;
      }
      const slug = sectionSlug(heading[2]!);
      if (slug && !sections.some((s) => s.slug === slug))
        sections.push({ slug, title: heading[2]!.replace(/[*_`$]/g, ''), line: i + 1 });
    }
    if (line.trim() === '') {
      flush();
      chunkLine = i + 2;
    } else {
      if (chunk.length === 0) chunkLine = i + 1;
      chunk.push(line);
    }
    i++;
  }
  if (!stopped) flush();
  checkReferences(segments, keys, errors);
  return { meta, segments, sections, errors };
}
