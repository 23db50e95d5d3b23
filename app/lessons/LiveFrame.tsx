import type { ReactNode } from 'react';
import { RunBar } from '../components/controls/RunBar';
import { Readouts } from '../components/controls/Readouts';
import type { TrainingConfig } from '../engine/trainingConfig';
import { useAppStore } from '../store/store';
import { encodeConfig } from '../store/url';
import { useLessonStore } from './lessonStore';
import { liveBlockDomId, playgroundFromLesson } from './links';
import { activateBlock } from './useLessonTraining';

interface LiveFrameProps {
  /** The block's key in the lesson. */
  blockKey: string;
  title: string;
  config: TrainingConfig;
  /** Steps per second the block starts at; null or absent is full speed. */
  speed?: number | null;
  /** What the block shows while it drives the playground. */
  children: ReactNode;
}

/**
 * The playground's address for a configuration, opened from block `blockKey` of the lesson
 * whose page this is: `?page=playground&lesson=…&block=…#v=1&data=…` (its Back link returns).
 */
export function playgroundHref(config: TrainingConfig, blockKey: string): string {
  const lesson = new URLSearchParams(window.location.search).get('id') ?? '';
  return playgroundFromLesson(encodeConfig(config), lesson, blockKey);
}

/**
 * A lesson block that drives the page's one live playground. Only the active block shows its
 * run controls and charts; the others offer a button that loads their configuration. Each
 * has a link that continues the same configuration in the full playground.
 */
export function LiveFrame({ blockKey, title, config, speed = null, children }: LiveFrameProps) {
  const active = useLessonStore((s) => s.activeBlock === blockKey);
  const liveConfig = useAppStore((s) => s.config);
  return (
    <section
      id={liveBlockDomId(blockKey)}
      className={active ? 'live-frame active' : 'live-frame'}
      aria-label={title}
    >
      <header className="live-head">
        <h3 className="live-title">{title}</h3>
        {active ? (
          <span className="live-badge">Live</span>
        ) : (
          <button
            type="button"
            className="live-activate"
            onClick={() => activateBlock(blockKey, config, speed)}
          >
            Load {title}
          </button>
        )}
        <a className="live-open" href={playgroundHref(active ? liveConfig : config, blockKey)}>
          Open this in the playground
        </a>
      </header>
      {active ? (
        <>
          <div className="live-run">
            <RunBar />
            <Readouts />
          </div>
          {children}
        </>
      ) : (
        <p className="live-idle">
          Another exercise is using the playground. Press “Load {title}” to bring this one back (it
          starts from fresh weights).
        </p>
      )}
    </section>
  );
}
