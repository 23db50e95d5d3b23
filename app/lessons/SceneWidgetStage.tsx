import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { isWidgetScene } from '../classroom/sceneKind';
import { useAppStore } from '../store/store';
import { ErrorBoundary } from './ErrorBoundary';
import { WIDGET_SPECS } from './widgetSpecs';
import { WIDGETS } from './widgets/registry';
import type { Widget } from './widgets/registry';
import '../styles/lessons.css';
import '../styles/sceneStage.css';

/** The range of a curve's width on the stage, in px (sceneStage.css's --stage-chart). */
const CHART_WIDTH = { min: 200, max: 1400 } as const;

/**
 * Fit a widget to the stage: the widest charts (--stage-chart) at which nothing in `body`
 * scrolls, found by halving (where even the narrowest overflow, as on a phone, the widest); again whenever the stage or the widget changes size (a window
 * resized, a control that shows more). The text keeps its size: only the charts change.
 */
function useStageFit(body: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    const fits = () => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth;
    const width = (px: number) => el.style.setProperty('--stage-chart', `${px}px`);
    const fit = () => {
      let lo: number = CHART_WIDTH.min;
      let hi: number = CHART_WIDTH.max;
      width(hi);
      if (fits()) return;
      // Where nothing makes it fit (a phone), the stage scrolls: the charts as wide as they go.
      width(lo);
      if (!fits()) return width(hi);
      while (hi - lo > 4) {
        const mid = Math.round((lo + hi) / 2);
        width(mid);
        if (fits()) lo = mid;
        else hi = mid;
      }
      width(lo);
    };
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    const sizes = new ResizeObserver(later);
    const watch = () => {
      sizes.observe(el);
      for (const child of el.children) sizes.observe(child);
      later();
    };
    // The widget arrives after its code loads (the loading line first).
    const children = new MutationObserver(watch);
    children.observe(el, { childList: true });
    watch();
    fit();
    return () => {
      cancelAnimationFrame(frame);
      sizes.disconnect();
      children.disconnect();
    };
  }, [body]);
}

/**
 * A widget scene on the stage: the lesson widget over the whole screen, under a line with the
 * scene's number and title and the ways on (previous, next, the Scenes dialog). The playground
 * under it is paused (goToScene) and out of reach of the focus and the pointer while no dialog
 * is open; the keys still step the deck (useClassroomKeys), whatever the widget has focused.
 */
export default function SceneWidgetStage() {
  const index = useAppStore((s) => s.sceneIndex);
  const scene = useAppStore((s) => s.deck.scenes[s.sceneIndex]);
  const count = useAppStore((s) => s.deck.scenes.length);
  const panel = useAppStore((s) => s.panel);
  const step = useAppStore((s) => s.stepScene);
  const openPanel = useAppStore((s) => s.openPanel);
  const stageRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useStageFit(bodyRef);

  // The focus comes to the stage, so no control of the playground keeps a key.
  useEffect(() => {
    stageRef.current?.focus({ preventScroll: true });
  }, [index]);

  // The playground behind is inert (no Tab into it, no click) unless a dialog of its is open.
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || panel !== null) return;
    const behind = [...(stage.parentElement?.children ?? [])].filter(
      (e): e is HTMLElement => e !== stage && e instanceof HTMLElement && !e.inert,
    );
    for (const e of behind) e.inert = true;
    return () => {
      for (const e of behind) e.inert = false;
    };
  }, [panel]);

  if (!isWidgetScene(scene)) return null;
  const { id, options } = scene.widget;
  // The deck reader checked the options against this widget's spec, so its props fit.
  const Shown = WIDGETS[id] as Widget;
  return (
    <section
      ref={stageRef}
      className="widget-stage"
      aria-label={`Scene ${index + 1} of ${count}: ${scene.title}`}
      tabIndex={-1}
    >
      <header className="widget-stage-head">
        <h2 className="widget-stage-title">
          <span className="widget-stage-number">
            {index + 1}/{count}
          </span>{' '}
          {scene.title}
        </h2>
        <div className="widget-stage-tools" role="group" aria-label="Scenes">
          <button
            type="button"
            className="tool-button"
            aria-label="Previous scene"
            title="Previous scene (PageUp)"
            disabled={index <= 0 && !scene.caption}
            onClick={() => step(-1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="tool-button"
            aria-label="Next scene"
            title="Next scene (PageDown)"
            disabled={index >= count - 1}
            onClick={() => step(1)}
          >
            <span aria-hidden="true">›</span>
          </button>
          <button type="button" className="tool-button" onClick={() => openPanel('scenes')}>
            Scenes
          </button>
        </div>
      </header>
      <div ref={bodyRef} className="widget-stage-body lesson-main">
        <ErrorBoundary label={`The ${WIDGET_SPECS[id].name} widget`}>
          <Suspense fallback={<p className="widget-loading">Loading the {id} widget…</p>}>
            <Shown key={index} blockKey={`scene-${index + 1}`} options={options} config={null} />
          </Suspense>
        </ErrorBoundary>
      </div>
    </section>
  );
}
