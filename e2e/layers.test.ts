import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The README's Architecture table, probed: for each folder one import across a forbidden
// arrow must fail `npm run lint`, and one along an allowed arrow must pass. The probes are
// linted as text under a real file name, so nothing is ever written into the tree.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** [file the import is written in, import, allowed?] */
const PROBES: [string, string, boolean][] = [
  ['app/engine/probe.ts', '../store/store', false],
  ['app/engine/probe.ts', 'react', false],
  ['app/engine/probe.ts', './rng', true],
  ['app/worker/probe.ts', '../store/store', false],
  ['app/worker/probe.ts', '../engine/rng', true],
  ['app/data/probe.ts', '../classroom/deckFile', false],
  ['app/data/probe.ts', '../engine/rng', true],
  ['app/export/probe.ts', '../data/csvText', false],
  ['app/export/probe.ts', '../engine/rng', true],
  ['app/classroom/probe.ts', '../store/store', false],
  ['app/classroom/probe.ts', '../lessons/LessonView', false],
  ['app/classroom/probe.ts', 'zustand', false],
  ['app/classroom/probe.ts', '../lessons/parseLesson', true],
  ['app/classroom/probe.ts', '../data/csvText', true],
  ['app/lessons/parseLesson.ts', './LessonView', false],
  ['app/lessons/parseLesson.ts', './widgets/registry', false],
  ['app/lessons/parseLesson.ts', '../store/store', false],
  ['app/lessons/parseLesson.ts', 'react', false],
  ['app/lessons/parseLesson.ts', './blocks', true],
  ['app/lessons/parseLesson.ts', '../data/csvText', true],
  ['app/charts/probe.ts', '../store/store', false],
  ['app/charts/probe.ts', '../data/csvText', false],
  ['app/charts/probe.ts', '../lessons/parseLesson', false],
  ['app/charts/probe.ts', '../engine/rng', true],
  ['app/store/probe.ts', '../components/Notices', false],
  ['app/store/probe.ts', '../charts/colors', false],
  ['app/store/probe.ts', '../classroom/deckFile', true],
  ['app/components/probe.tsx', '../lessons/LessonView', false],
  ['app/components/probe.tsx', '../worker/client', false],
  ['app/components/probe.tsx', '../App', false],
  ['app/components/probe.tsx', '../lessons/parseLesson', true],
  ['app/components/probe.tsx', '../export/pytorchScript', true],
  ['app/lessons/LessonView.tsx', '../App', false],
  ['app/lessons/LessonView.tsx', '../components/Notices', true],
];

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import '${source}';\n`, { filePath: file });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe("the README's import arrows, enforced by npm run lint", () => {
  it.each(PROBES)('%s importing %s: allowed %s', async (file, source, allowed) => {
    expect(await restricted(file, source)).toBe(!allowed);
  });

  it('a type-only import of the worker protocol is allowed in the UI, a value import is not', async () => {
    const lint = async (code: string) =>
      (await eslint.lintText(code, { filePath: 'app/components/probe.tsx' }))[0]!.messages.filter(
        (m) => m.ruleId === 'no-restricted-imports',
      ).length;
    expect(
      await lint(
        "import type { WorkerEvent } from '../worker/protocol';\nexport type E = WorkerEvent;\n",
      ),
    ).toBe(0);
    expect(
      await lint(
        "import { TrainingClient } from '../worker/client';\nexport const c = TrainingClient;\n",
      ),
    ).toBe(1);
  });
});
