import { describe, expect, it } from 'vitest';
import { checkClaim } from './claimCheck';
import { readClaims } from './claims';
import { parseLesson } from './parseLesson';

const lesson = (claims: string) => `---
id: teacher
title: A teacher's lesson
summary: Two playgrounds.
minutes: 5
objectives: [Try it]
---

## Try

\`\`\`playground
id: xor-lab
config:
  dataset: xor
  hidden: [4]
  activations: [tanh]
  points: 60
\`\`\`

${claims}
`;

const read = (claims: string) => {
  const src = lesson(claims);
  return readClaims(src, parseLesson(src, 'teacher.md'), 'teacher.md');
};

describe('lesson claims', () => {
  it('are not shown to the learner', () => {
    const src = lesson(
      '```claim\nsays: unseen words\nblock: xor-lab\nepochs: 1\nmeasure: trainLoss\nbelow: 1\n```',
    );
    const parsed = parseLesson(src, 'teacher.md');
    expect(parsed.errors).toEqual([]);
    expect(JSON.stringify(parsed.segments)).not.toContain('unseen words');
  });

  it('run the block’s configuration with the changes and report a false claim in words', () => {
    const { claims, problems } = read(
      '```claim\nsays: Linear neurons solve XOR.\nblock: xor-lab\nepochs: 20\nchange: { activations: [linear] }\nmeasure: testAccuracy\nabove: 0.9\n```',
    );
    expect(problems).toEqual([]);
    expect(claims[0]!.run.config.activations).toEqual(['linear']);
    const v = checkClaim(claims[0]!);
    expect(v.passed).toBe(false);
    expect(v.measured).toBeLessThan(0.9);
    // The lesson, its line, the claim and the measured value.
    expect(v.report).toMatch(/^teacher\.md line \d+: "Linear neurons solve XOR\.": testAccuracy/);
    expect(v.report).toContain(String(Number(v.measured.toPrecision(4))));
  });

  it('compare two runs by a margin', () => {
    const { claims } = read(
      '```claim\nsays: tanh beats linear.\nblock: xor-lab\nepochs: 30\nmeasure: testAccuracy\nhigherThan: { activations: [linear] }\nby: 0.1\n```',
    );
    const v = checkClaim(claims[0]!);
    expect(v.against).toBeLessThan(v.measured);
    expect(v.passed).toBe(v.measured > v.against! + 0.1);
  });

  it('name the line and the problem of a claim that cannot be checked', () => {
    const { claims, problems } = read(
      [
        '```claim\nsays: x\nblock: nowhere\nepochs: 1\nmeasure: trainLoss\nbelow: 1\n```',
        '```claim\nsays: x\nblock: xor-lab\nepochs: 1\nmeasure: speed\nbelow: 1\n```',
        '```claim\nsays: x\nblock: xor-lab\nepochs: 1\nmeasure: trainLoss\nlowerThan: {}\n```',
        '```claim\nsays: x\nblock: xor-lab\nepochs: 1\nmeasure: trainLoss\n```',
      ].join('\n\n'),
    );
    expect(claims).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      '"block: nowhere" names no playground or live widget of this lesson',
      expect.stringContaining('"measure" must be one of'),
      'a comparison needs a margin "by" greater than 0',
      'give exactly one of below, above, lowerThan or higherThan',
    ]);
    expect(problems[0]!.line).toBe(20);
  });
});
