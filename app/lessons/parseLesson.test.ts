import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLesson } from './parseLesson';

const FRONT = `---
id: demo
title: A demo
summary: Short.
minutes: 5
objectives:
  - learn
---`;

/** A lesson with the standard front matter (8 lines) and `body` from line 9 on. */
const lesson = (body: string) => `${FRONT}\n${body}`;

describe('parseLesson', () => {
  it('reads front matter', () => {
    const p = parseLesson(lesson('# Hello\n\nText.'));
    expect(p.meta).toEqual({
      id: 'demo',
      title: 'A demo',
      summary: 'Short.',
      minutes: 5,
      objectives: ['learn'],
    });
    expect(p.errors).toEqual([]);
    expect(p.segments.map((s) => s.kind)).toEqual(['markdown', 'markdown']);
  });

  it('reports bad YAML in the front matter with its line', () => {
    const p = parseLesson('---\nid: x\ntitle: [oops\n---\nBody');
    expect(p.errors[0]?.line).toBeGreaterThanOrEqual(3);
    expect(p.errors[0]?.message).toMatch(/front matter is not valid YAML/);
    expect(p.segments.some((s) => s.kind === 'markdown' && s.text === 'Body')).toBe(true);
  });

  it('reports an objective that YAML read as a map (an unquoted colon)', () => {
    const p = parseLesson(
      '---\nid: a\ntitle: T\nsummary: S\nminutes: 5\nobjectives:\n  - Try this: and that\n---\nBody',
    );
    expect(p.errors[0]?.message).toMatch(/Objective 1 .* not plain text/);
    expect(p.meta.objectives).toEqual([]);
  });

  it('reports missing and unclosed front matter', () => {
    expect(parseLesson('# Only a body').errors[0]?.message).toMatch(/no front matter/);
    expect(parseLesson('---\nid: x\n').errors[0]?.message).toMatch(/not closed/);
    const p = parseLesson('---\nid: x\n---\nBody');
    expect(p.errors.map((e) => e.message).join(' ')).toMatch(/"title"/);
    expect(p.errors.map((e) => e.message).join(' ')).toMatch(/minutes/);
  });

  it('reads each block type', () => {
    const p = parseLesson(
      lesson(
        [
          '```playground',
          'id: fit',
          'config: { dataset: xor, hidden: [4] }',
          'show: [learningRate]',
          'lock: [dataset]',
          '```',
          '```widget',
          'id: single-neuron',
          'options: { relu: true }',
          '```',
          '```checkpoint',
          'goal: Train it.',
          'run: testLoss',
          'below: 0.1',
          'maxHiddenUnits: 4',
          'hint: Press play.',
          '```',
        ].join('\n'),
      ),
    );
    expect(p.errors).toEqual([]);
    const blocks = p.segments.flatMap((s) => (s.kind === 'block' ? [s] : []));
    expect(blocks.map((b) => [b.line, b.block.kind])).toEqual([
      [9, 'playground'],
      [15, 'widget'],
      [19, 'checkpoint'],
    ]);
    const pg = blocks[0]!.block;
    if (pg.kind !== 'playground') throw new Error('expected a playground');
    expect(pg.config.dataset).toBe('xor');
    expect(pg.config.activations).toEqual(['tanh']);
    expect(pg.show).toEqual(['learningRate', 'dataset']);
    const cp = blocks[2]!.block;
    expect(cp.kind === 'checkpoint' && cp.check).toMatchObject({
      kind: 'run',
      metric: 'testLoss',
      below: 0.1,
      maxHiddenUnits: 4,
    });
    expect(cp.key).toBe('checkpoint-19');
  });

  it('reads answer and choice checkpoints', () => {
    const p = parseLesson(
      lesson(
        '```widget\nid: forward-pass\n```\n' +
          '```checkpoint\ngoal: a\nanswer: { widget: forward-pass, metric: output }\ntolerance: 0.01\n```\n' +
          '```checkpoint\ngoal: b\nchoices: [one, two]\ncorrect: 2\n```',
      ),
    );
    expect(p.errors).toEqual([]);
    const checks = p.segments.flatMap((s) =>
      s.kind === 'block' && s.block.kind === 'checkpoint' ? [s.block.check] : [],
    );
    expect(checks).toEqual([
      { kind: 'answer', widget: 'forward-pass', metric: 'output', tolerance: 0.01 },
      { kind: 'choice', options: ['one', 'two'], correct: 1 },
    ]);
  });

  it.each([
    ['an unknown widget id', '```widget\nid: nope\n```', 9, /unknown widget "nope"/],
    [
      'bad YAML in a block',
      '```widget\nid: single-neuron\noptions: { relu: \n```',
      11,
      /not valid YAML/,
    ],
    [
      'an invalid playground config',
      '```playground\nconfig: { dataset: xor, learningRate: banana }\n```',
      9,
      /invalid playground configuration/,
    ],
    ['an unknown data set', '```playground\nconfig: { dataset: mars }\n```', 9, /unknown data set/],
    [
      'an unknown config field',
      '```playground\nconfig: { colour: red }\n```',
      9,
      /unknown configuration field "colour"/,
    ],
    ['an unknown control', '```playground\nshow: [everything]\n```', 9, /unknown control/],
    [
      'a wrong widget option',
      '```widget\nid: single-neuron\noptions: { relu: 3 }\n```',
      9,
      /must be boolean/,
    ],
    [
      'an unknown widget option',
      '```widget\nid: single-neuron\noptions: { size: 3 }\n```',
      9,
      /no option "size"/,
    ],
    ['a checkpoint without a check', '```checkpoint\ngoal: x\n```', 9, /needs one of/],
    [
      'a checkpoint without a goal',
      '```checkpoint\nrun: testLoss\nbelow: 1\n```',
      9,
      /"goal" is missing/,
    ],
    [
      'a choice out of range',
      '```checkpoint\ngoal: x\nchoices: [a, b]\ncorrect: 3\n```',
      9,
      /"correct"/,
    ],
    ['an unclosed fence', 'Before.\n\n```widget\nid: single-neuron\n', 11, /never closed/],
    ['an unclosed display formula', 'Text $$x^2\n\nmore', 9, /not closed/],
    ['an unclosed inline formula', 'Cost $x + 1 here', 9, /not closed/],
    ['TeX that cannot be typeset', 'One\ntwo $\\frac{1}{$ three', 10, /cannot be typeset/],
    ['an unknown TeX command', 'Use $\\notacommand x$.', 9, /cannot be typeset/],
    [
      'broken math in a checkpoint hint',
      '```checkpoint\ngoal: g\nchoices: [a, b]\ncorrect: 1\nhint: try $x^{2$\n```',
      9,
      /in "hint": Math cannot be typeset/,
    ],
  ])('shows %s as an error with its line, keeping the rest', (_name, body, line, message) => {
    const p = parseLesson(lesson(`${body}\n\n## After\n\nStill here.`));
    const err = p.segments.find((s) => s.kind === 'error');
    expect(err?.line).toBe(line);
    expect(err && err.kind === 'error' && err.message).toMatch(message);
    expect(p.errors.length).toBeGreaterThan(0);
    if (!/never closed/.test(String(message)))
      expect(p.segments.some((s) => s.kind === 'markdown' && s.text.includes('Still here'))).toBe(
        true,
      );
  });

  it('rejects a checkpoint that reads a widget the lesson does not have', () => {
    const p = parseLesson(
      lesson('```checkpoint\ngoal: g\nwidget: single-neuron\nmetric: cost\nbelow: 1\n```'),
    );
    expect(p.errors[0]?.line).toBe(9);
    expect(p.errors[0]?.message).toMatch(/not in this lesson/);
  });

  it('rejects a checkpoint that reads a number its widget does not publish, naming those it does', () => {
    const p = parseLesson(
      lesson(
        '```widget\nid: loss-explorer\nkey: losses\n```\n\n```checkpoint\ngoal: g\nwidget: losses\nmetric: costs\nbelow: 1\n```',
      ),
    );
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]?.line).toBe(14);
    expect(p.errors[0]?.message).toMatch(/publishes no "costs"; it publishes "cost", "outlier"/);
    const ok = parseLesson(
      lesson(
        '```widget\nid: loss-explorer\nkey: losses\n```\n\n```checkpoint\ngoal: g\nwidget: losses\nmetric: cost\nbelow: 1\n```',
      ),
    );
    expect(ok.errors).toEqual([]);
  });

  it('rejects a checkpoint that reads a playground block or a widget that publishes nothing', () => {
    const playground = parseLesson(
      lesson(
        '```playground\nid: pg\nconfig: {}\n```\n\n```checkpoint\ngoal: g\nwidget: pg\nmetric: loss\nbelow: 1\n```',
      ),
    );
    expect(playground.errors[0]?.message).toMatch(/"pg" is not a widget block/);
    const silent = parseLesson(
      lesson(
        '```widget\nid: batch-size\n```\n\n```checkpoint\ngoal: g\nwidget: batch-size\nmetric: loss\nbelow: 1\n```',
      ),
    );
    expect(silent.errors[0]?.message).toMatch(/publishes no numbers to check/);
  });

  it('rejects two blocks with the same id', () => {
    const p = parseLesson(
      lesson('```widget\nid: single-neuron\n```\n```widget\nid: single-neuron\n```'),
    );
    expect(p.errors[0]?.message).toMatch(/already has the id/);
    expect(p.errors[0]?.line).toBe(12);
  });

  it('keeps other fenced code as Markdown, and lists sections', () => {
    const p = parseLesson(lesson('## First part\n\n```text\na\n\nb\n```\n\n## Second: $w$'));
    expect(p.errors).toEqual([]);
    expect(p.sections).toEqual([
      { slug: 'first-part', title: 'First part', line: 9 },
      { slug: 'second-w', title: 'Second: w', line: 17 },
    ]);
    expect(
      p.segments.some((s) => s.kind === 'markdown' && s.text.startsWith('```text\na\n\nb')),
    ).toBe(true);
  });

  it('reads pipe tables, math and escaped pipes in cells included', () => {
    const p = parseLesson(
      lesson('| name | range |\n|---|:---:|\n| sigmoid | $0$ to $1$ |\n| a \\| b |'),
    );
    expect(p.errors).toEqual([]);
    expect(p.segments[0]).toEqual({
      kind: 'table',
      line: 9,
      header: ['name', 'range'],
      rows: [
        ['sigmoid', '$0$ to $1$'],
        ['a | b', ''],
      ],
    });
  });

  it('keeps dollars in code spans and escaped dollars out of math', () => {
    const p = parseLesson(lesson('Price `$5` and \\$3 and $x$.'));
    expect(p.errors).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    for (const s of [
      '',
      '---',
      '---\n---',
      '```',
      '$',
      '$$',
      '```checkpoint\n```',
      '\u0000---\n',
    ]) {
      expect(() => parseLesson(s)).not.toThrow();
    }
  });

  it('never throws, and every error names a line of the file (property)', () => {
    const piece = fc.constantFrom(
      '---',
      'id: x',
      'title: T',
      '```widget',
      '```playground',
      '```checkpoint',
      '```',
      'id: single-neuron',
      'config: { dataset: xor }',
      'goal: g',
      'run: testLoss',
      'below: 1',
      '$x$',
      '$$',
      '## Head',
      '<script>x</script>',
      '',
      ': : [',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const p = parseLesson(text);
        const count = text.split('\n').length;
        for (const e of p.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(count + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads a block's starting speed, full speed when absent, and refuses a bad one", () => {
    const doc = (extra: string) =>
      `---\nid: a\ntitle: A\nsummary: S\nminutes: 5\nobjectives: [x]\n---\n\n\`\`\`playground\nconfig:\n  dataset: xor\n${extra}\`\`\`\n`;
    const first = (src: string) => {
      const seg = parseLesson(src).segments.find((s) => s.kind === 'block');
      return seg?.kind === 'block' && seg.block.kind === 'playground' ? seg.block.speed : 'none';
    };
    expect(first(doc(''))).toBeNull();
    expect(first(doc('speed: 5\n'))).toBe(5);
    expect(first(doc('speed: full\n'))).toBeNull();
    expect(parseLesson(doc('speed: fast\n')).errors[0]?.message).toContain('"speed" must be');
  });
});
