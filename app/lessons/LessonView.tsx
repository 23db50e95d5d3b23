import { memo, Suspense, useCallback, useEffect } from 'react';
import type { ParsedLesson, Segment } from './parseLesson';
import type { LessonBlock } from './blocks';
import { CheckpointView } from './CheckpointView';
import { ErrorBoundary } from './ErrorBoundary';
import { LessonMarkdown } from './LessonMarkdown';
import { useLessonStore } from './lessonStore';
import { lessonHref, liveBlockDomId } from './links';
import { PlaygroundBlockView } from './PlaygroundBlockView';
import { useRevealed } from './useRevealed';
import { activateBlock, useLessonTraining } from './useLessonTraining';
import { WIDGETS } from './widgets/registry';
import type { Widget } from './widgets/registry';

function BlockView({
  lessonId,
  block,
  sectionHref,
}: {
  lessonId: string;
  block: LessonBlock;
  sectionHref: (slug: string) => string;
}) {
  switch (block.kind) {
    case 'playground':
      return <PlaygroundBlockView block={block} />;
    case 'checkpoint':
      return <CheckpointView lessonId={lessonId} block={block} sectionHref={sectionHref} />;
    case 'widget': {
      // The parser checked block.options against this widget's spec, so its props fit.
      const Widget = WIDGETS[block.id] as Widget;
      return (
        <Suspense fallback={<p className="widget-loading">Loading the {block.id} widget…</p>}>
          <Widget
            blockKey={block.key}
            options={block.options}
            config={block.config}
            speed={block.speed}
          />
        </Suspense>
      );
    }
  }
}

/** The first block that drives the live playground, so a lesson opens with it ready. */
/** The lesson's live block with key `key`, or its first live block when `key` names none. */
function liveBlock(lesson: ParsedLesson, key: string | null) {
  let first = null;
  for (const s of lesson.segments) {
    if (s.kind !== 'block') continue;
    if (s.block.kind === 'playground' || (s.block.kind === 'widget' && s.block.config)) {
      const found = { key: s.block.key, config: s.block.config!, speed: s.block.speed };
      if (s.block.key === key) return found;
      first ??= found;
    }
  }
  return first;
}

/**
 * A lesson's body: Markdown, live blocks and, in place of anything malformed, an error naming
 * its line. The first live block is loaded into the playground when the lesson opens; a
 * `section` opens the page scrolled to that heading, and a `block` (the way back from the
 * playground) loads that live block instead and scrolls to it.
 */
export function LessonView(props: {
  /** Where progress is kept. */
  lessonId: string;
  /** The id in the lesson's address. */
  linkId: string;
  lesson: ParsedLesson;
  section: string | null;
  /** A live block to load and scroll to instead of the first. */
  block?: string | null;
}) {
  const { lessonId, linkId, lesson, section, block = null } = props;
  useLessonTraining();
  const visit = useLessonStore((s) => s.visit);
  const sectionHref = useCallback((slug: string) => lessonHref(linkId, slug), [linkId]);

  useEffect(() => {
    visit(lessonId);
    const live = liveBlock(lesson, block);
    if (live) activateBlock(live.key, live.config, live.speed);
  }, [lesson, lessonId, visit, block]);

  // A long lesson is rendered a few parts per frame, so the page never stalls on it.
  const shown = useRevealed(lesson.segments.length, lesson);
  const allShown = shown === lesson.segments.length;

  useEffect(() => {
    const target = block ? liveBlockDomId(block) : section;
    if (!target || !allShown) return;
    // After the first paint, so the heading or block exists.
    const id = requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView());
    return () => cancelAnimationFrame(id);
  }, [section, block, lesson, allShown]);

  return (
    <div className="lesson-body" aria-busy={!allShown}>
      {lesson.segments.slice(0, shown).map((s, i) => (
        <SegmentView key={i} segment={s} lessonId={lessonId} sectionHref={sectionHref} />
      ))}
    </div>
  );
}

/**
 * One part of a lesson. Memoised: revealing more parts (or any other re-render of the page)
 * never renders the parts already shown again, so a long lesson costs its length once.
 */
const SegmentView = memo(function SegmentView({
  segment: s,
  lessonId,
  sectionHref,
}: {
  segment: Segment;
  lessonId: string;
  sectionHref: (slug: string) => string;
}) {
  if (s.kind === 'markdown')
    return (
      <ErrorBoundary label={`The text on line ${s.line}`}>
        <LessonMarkdown text={s.text} sectionHref={sectionHref} />
      </ErrorBoundary>
    );
  if (s.kind === 'table')
    return (
      <div className="lesson-table">
        <table>
          <thead>
            <tr>
              {s.header.map((h, k) => (
                <th key={k} scope="col">
                  <LessonMarkdown text={h} sectionHref={sectionHref} inline />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r, j) => (
              <tr key={j}>
                {r.map((c, k) => (
                  <td key={k}>
                    <LessonMarkdown text={c} sectionHref={sectionHref} inline />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  if (s.kind === 'error')
    return (
      <div className="lesson-error" role="alert">
        <p>
          <strong>Line {s.line}:</strong> {s.message}
        </p>
        <pre className="lesson-error-source">{s.source}</pre>
      </div>
    );
  return (
    <ErrorBoundary label={`The block on line ${s.line}`}>
      <BlockView lessonId={lessonId} block={s.block} sectionHref={sectionHref} />
    </ErrorBoundary>
  );
});
