import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../store/store';
import { LessonMarkdown } from './LessonMarkdown';
import '../styles/titleCard.css';

/** A caption has no sections to link to. */
const noSectionLinks = () => '';

/** The card's smallest text (its number and hint) to its caption's, as titleCard.css sets it. */
const SMALLEST = 0.75;

/**
 * The caption's type size range: large for a short caption, and never so small that the
 * card's smallest text falls under the presenter minimum (24 px at 1920 wide, 18 px below)
 * or 14 px at the desk.
 */
function typeRange(presenter: boolean): { min: number; max: number } {
  const { innerWidth: w, innerHeight: h } = window;
  const min = Math.ceil((presenter ? (w >= 1920 ? 24 : 18) : 14) / SMALLEST);
  return { min, max: Math.max(min, Math.min(64, w / 28, h / 15)) };
}

/**
 * The current scene's caption as a title card over the whole screen: its number and title,
 * then the caption (Markdown with math, through the lessons' renderer: no raw HTML). The type
 * starts large and shrinks until everything fits. PageDown, Space, Esc or a click show the
 * scene; PageUp goes back to the scene before (useClassroomKeys and stepScene).
 */
export default function SceneTitleCard() {
  const index = useAppStore((s) => s.sceneIndex);
  const scene = useAppStore((s) => (s.titleCard ? s.deck.scenes[s.sceneIndex] : undefined));
  const count = useAppStore((s) => s.deck.scenes.length);
  const presenter = useAppStore((s) => s.presenter);
  const dismiss = useAppStore((s) => s.dismissTitleCard);
  const cardRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const caption = scene?.caption;

  // Fit: the largest whole pixel size at which the card does not overflow the screen.
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card || !caption) return;
    const fit = () => {
      const { min, max } = typeRange(presenter);
      let lo = min;
      let hi = Math.floor(max);
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        card.style.fontSize = `${mid}px`;
        if (card.scrollHeight <= card.clientHeight && card.scrollWidth <= card.clientWidth) lo = mid;
        else hi = mid - 1;
      }
      card.style.fontSize = `${lo}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    // KaTeX's fonts can arrive after the first fit and change the caption's size.
    void document.fonts?.ready.then(fit);
    return () => window.removeEventListener('resize', fit);
  }, [caption, presenter]);

  // The card takes the focus, so a screen reader reads it and no control behind keeps a key.
  useEffect(() => {
    if (!caption) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cardRef.current?.focus({ preventScroll: true });
    return () => {
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [caption, index]);

  if (!scene || !caption) return null;
  return (
    <div
      ref={cardRef}
      className="title-card"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-caption`}
      tabIndex={-1}
      onClick={(e) => {
        // A link in the caption opens; a click anywhere else shows the scene.
        if (!(e.target instanceof Element && e.target.closest('a'))) dismiss();
      }}
    >
      <div className="title-card-body">
        <p className="title-card-number">
          Scene {index + 1} of {count}
        </p>
        <h2 className="title-card-title" id={`${id}-title`}>
          {scene.title}
        </h2>
        <div className="title-card-caption" id={`${id}-caption`}>
          <LessonMarkdown text={caption} sectionHref={noSectionLinks} />
        </div>
        <p className="title-card-hint">
          <button type="button" className="title-card-go" onClick={dismiss}>
            Show the scene
          </button>{' '}
          <span>PageDown, Space or Esc</span>
        </p>
      </div>
    </div>
  );
}
