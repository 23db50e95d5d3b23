/** True while the page (or an element of it) is shown full screen. */
export function isFullscreen(): boolean {
  return document.fullscreenElement !== null;
}

/**
 * Enter or leave full screen. Browsers allow entering only from a key press or click, and
 * some (iPhone Safari) never; a refusal is not an error the user needs to see.
 */
export async function setFullscreen(on: boolean, el: Element = document.documentElement) {
  try {
    if (on && !isFullscreen()) await el.requestFullscreen();
    else if (!on && isFullscreen()) await document.exitFullscreen();
  } catch {
    // Refused: the page simply stays as it is.
  }
}
