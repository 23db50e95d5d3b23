/** Characters LaTeX reads as commands in running text, each with how to write it as text. */
const TEX_TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // The page's own signs, which plain LaTeX has no text glyph for.
  '−': '\\ensuremath{-}',
  η: '\\ensuremath{\\eta}',
};

/**
 * Plain text made safe in LaTeX running text, the page's minus sign and η included.
 * Example: texText('50% & x_1, η = −1') → '50\\% \\& x\\_1, \\ensuremath{\\eta} = \\ensuremath{-}1'.
 */
export function texText(s: string): string {
  return s.replace(/[\\{}$&#%_^~−η]/g, (c) => TEX_TEXT[c]!);
}

/**
 * A standalone LaTeX document (amsmath) of a step-through's equations, for a slide or a
 * handout: the heading as text, then each equation as a display, in order.
 * Example: equationsTexDocument('Forward: layer 1 of 2', ['z_1 = 0.5']) →
 *   '\\documentclass{article}\n…\\section*{Forward: layer 1 of 2}\n\\[\nz_1 = 0.5\n\\]\n…'.
 */
export function equationsTexDocument(
  heading: string,
  lines: string[],
  equations: string[],
): string {
  return [
    '\\documentclass{article}',
    '\\usepackage{amsmath}',
    '\\begin{document}',
    `\\section*{${texText(heading)}}`,
    ...lines.map((l) => `${texText(l)}\n`),
    ...equations.map((tex) => `\\[\n${tex}\n\\]`),
    '\\end{document}',
    '',
  ].join('\n');
}
