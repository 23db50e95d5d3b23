import { describe, expect, it } from 'vitest';
import { equationsTexDocument, texText } from './equationsTex';

describe('step-through equations as LaTeX', () => {
  it('escapes what LaTeX would read as commands in text', () => {
    expect(texText('50% of x_1 & y {a} #2 $3 ~ ^ \\')).toBe(
      '50\\% of x\\_1 \\& y \\{a\\} \\#2 \\$3 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(texText('η = −0.5')).toBe('\\ensuremath{\\eta} = \\ensuremath{-}0.5');
  });

  it('writes a document with the heading, the notes and every equation as a display, in order', () => {
    const doc = equationsTexDocument(
      'Forward: layer 1 of 2',
      ['Example 7 (training), η = 0.03'],
      ['z_1 = 0.5 \\cdot 2 + (-0.1) = 0.9', 'a_1 = \\tanh(z_1) = 0.7163'],
    );
    expect(doc).toBe(
      [
        '\\documentclass{article}',
        '\\usepackage{amsmath}',
        '\\begin{document}',
        '\\section*{Forward: layer 1 of 2}',
        'Example 7 (training), \\ensuremath{\\eta} = 0.03\n',
        '\\[\nz_1 = 0.5 \\cdot 2 + (-0.1) = 0.9\n\\]',
        '\\[\na_1 = \\tanh(z_1) = 0.7163\n\\]',
        '\\end{document}',
        '',
      ].join('\n'),
    );
    // Balanced: every display opened is closed, and nothing of the heading reads as math.
    expect(doc.match(/\\\[/g)).toHaveLength(2);
    expect(doc.match(/\\\]/g)).toHaveLength(2);
  });
});
