import { captureHtmlSvg } from './htmlCapture';

/** The step-through on screen: its phase as a heading, the example's line and the TeX typeset. */
export interface StepThroughOnScreen {
  heading: string;
  note: string;
  tex: string[];
}

/** The step-through's equations on screen, as the TeX KaTeX typeset them, with its heading. */
export function stepThroughOnScreen(): StepThroughOnScreen | null {
  const view = document.querySelector('.backprop');
  const box = view?.querySelector('.view-equations');
  if (!view || !box) return null;
  const tex = [...box.querySelectorAll('annotation[encoding="application/x-tex"]')].map(
    (a) => a.textContent ?? '',
  );
  if (!tex.length) return null;
  const phase = view.querySelector('.view-phase')?.firstChild?.textContent?.trim() ?? '';
  const example = /^Example \d+ \((training|test)\)/.exec(
    view.querySelector('.view-note')?.textContent ?? '',
  );
  return { heading: `Backpropagation: ${phase}`, note: example?.[0] ?? '', tex };
}

/** The colour behind `el`: its own or its nearest ancestor's that is not transparent. */
function backgroundOf(el: Element): string {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const bg = getComputedStyle(a).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/**
 * The step-through as a picture, the way it looks now (presenter type in presenter mode):
 * the phase as a heading, the example's line (input, target, η) and every equation of the
 * phase typeset with its numbers, also those on the box's other pages, at the box's width.
 * The parts are copied into a stage beside the box, so the page's own rules style them.
 */
export async function captureStepThrough(
  title: string,
): Promise<{ svg: string; width: number; height: number }> {
  const view = document.querySelector<HTMLElement>('.backprop');
  const box = view?.querySelector<HTMLElement>('.view-equations');
  if (!view || !box || !box.querySelector('.katex'))
    throw new Error('The step-through is not on screen.');
  const stage = document.createElement('div');
  stage.className = 'view-picture-stage';
  stage.style.width = `${box.getBoundingClientRect().width}px`;
  const heading = document.createElement('p');
  heading.className = 'view-phase view-picture-heading';
  heading.textContent = title;
  stage.append(heading);
  const note = view.querySelector('.view-note');
  if (note) stage.append(note.cloneNode(true));
  const equations = document.createElement('div');
  equations.className = box.className;
  for (const item of box.querySelectorAll<HTMLElement>(':scope > .view-equation')) {
    const copy = item.cloneNode(true) as HTMLElement;
    // Every equation of the phase, those on the box's other pages too.
    copy.style.display = '';
    copy.removeAttribute('data-item');
    equations.append(copy);
  }
  stage.append(equations);
  box.parentElement!.append(stage);
  try {
    return await captureHtmlSvg(stage, title, backgroundOf(view));
  } finally {
    stage.remove();
  }
}
