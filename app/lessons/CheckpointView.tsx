import { useEffect, useId, useState } from 'react';
import { useAppStore } from '../store/store';
import type { CheckpointBlock } from './blocks';
import { verifyCheckpoint } from './checkpoints';
import type { CheckContext } from './checkpoints';
import { LessonMarkdown } from './LessonMarkdown';
import { useLessonStore } from './lessonStore';

/** The live facts a checkpoint reads, from the playground store and the widgets. */
function useCheckContext(): CheckContext {
  const status = useAppStore((s) => s.status);
  const trainLoss = useAppStore((s) => s.trainLoss);
  const testLoss = useAppStore((s) => s.testLoss);
  const trainAccuracy = useAppStore((s) => s.trainAccuracy);
  const testAccuracy = useAppStore((s) => s.testAccuracy);
  const epoch = useAppStore((s) => s.epoch);
  const step = useAppStore((s) => s.step);
  const config = useAppStore((s) => s.config);
  const info = useAppStore((s) => s.info);
  const active = useLessonStore((s) => s.activeBlock);
  const runValid = useLessonStore((s) => s.runValid);
  const widgets = useLessonStore((s) => s.widgets);
  const history = useAppStore((s) => s.history);
  return {
    run: { status, trainLoss, testLoss, trainAccuracy, testAccuracy, epoch, step },
    // Before a block is live, or while a new network is being built, the numbers are not its own.
    config: active && runValid ? config : null,
    parameterCount: info?.parameterCount ?? NaN,
    widgets,
    history,
  };
}

interface CheckpointViewProps {
  lessonId: string;
  block: CheckpointBlock;
  sectionHref: (slug: string) => string;
}

/**
 * A goal the app verifies: live for run and widget goals (it passes the moment the numbers
 * get there), on "Check" for typed answers and choices. Once passed it stays passed (saved
 * progress) and shows its explanation.
 */
export function CheckpointView({ lessonId, block, sectionHref }: CheckpointViewProps) {
  const ctx = useCheckContext();
  const passedBefore = useLessonStore(
    (s) => s.progress[lessonId]?.passed.includes(block.key) ?? false,
  );
  const pass = useLessonStore((s) => s.pass);
  const notSaved = useLessonStore((s) => s.unsaved.includes(`${lessonId}/${block.key}`));
  const [answer, setAnswer] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const [hint, setHint] = useState(false);
  const id = useId();
  const { check } = block;
  const live = check.kind === 'run' || check.kind === 'widget';
  const verdict = live
    ? verifyCheckpoint(check, ctx)
    : checked === null
      ? null
      : verifyCheckpoint(check, ctx, checked);
  const passed = passedBefore || verdict?.passed === true;

  useEffect(() => {
    if (verdict?.passed && !passedBefore) pass(lessonId, block.key);
  }, [verdict?.passed, passedBefore, pass, lessonId, block.key]);

  return (
    <section className={passed ? 'checkpoint passed' : 'checkpoint'} aria-labelledby={`${id}-goal`}>
      <div className="checkpoint-head">
        <span className="checkpoint-mark" aria-hidden="true">
          {passed ? '✓' : '◎'}
        </span>
        <h3 id={`${id}-goal`} className="checkpoint-goal">
          Checkpoint: <LessonInline text={block.goal} sectionHref={sectionHref} />
        </h3>
      </div>
      {check.kind === 'answer' && !passed && (
        <form
          className="checkpoint-form"
          onSubmit={(e) => {
            e.preventDefault();
            setChecked(answer);
          }}
        >
          <label htmlFor={`${id}-answer`}>Your answer</label>
          <input
            id={`${id}-answer`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
          />
          <button type="submit">Check</button>
        </form>
      )}
      {check.kind === 'choice' && !passed && (
        <form
          className="checkpoint-form choices"
          onSubmit={(e) => {
            e.preventDefault();
            setChecked(answer);
          }}
        >
          <fieldset>
            <legend className="visually-hidden">Choices</legend>
            {check.options.map((o, i) => (
              <label key={i} className="choice">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={String(i)}
                  checked={answer === String(i)}
                  onChange={() => setAnswer(String(i))}
                />
                <LessonInline text={o} sectionHref={sectionHref} />
              </label>
            ))}
          </fieldset>
          <button type="submit">Check</button>
        </form>
      )}
      <p className="checkpoint-status" role="status">
        {passed
          ? !notSaved
            ? 'Passed.'
            : 'Passed (not saved in this browser: its storage is full or switched off).'
          : verdict
            ? `Not yet: ${verdict.detail}`
            : 'Not checked yet.'}
      </p>
      {!passed && block.hint && (
        <div className="checkpoint-hint">
          <button type="button" aria-expanded={hint} onClick={() => setHint(!hint)}>
            {hint ? 'Hide the hint' : 'Show a hint'}
          </button>
          {hint && <LessonMarkdown text={block.hint} sectionHref={sectionHref} />}
        </div>
      )}
      {passed && block.explanation && (
        <div className="checkpoint-explanation">
          <LessonMarkdown text={block.explanation} sectionHref={sectionHref} />
        </div>
      )}
    </section>
  );
}

/** Short lesson text inside a heading or label (its paragraph wrapper is dropped by CSS). */
function LessonInline({
  text,
  sectionHref,
}: {
  text: string;
  sectionHref: (slug: string) => string;
}) {
  return (
    <span className="lesson-inline">
      <LessonMarkdown text={text} sectionHref={sectionHref} inline />
    </span>
  );
}
