/** The loss chart's legend: which lines it names, and where each entry sits. */

/** The lines a loss chart can draw, in legend order. */
export type LossLine = 'train' | 'test' | 'validation' | 'trainAccuracy' | 'testAccuracy';

/** Legend words of each line. */
export const LOSS_LINE_NAMES: Record<LossLine, string> = {
  train: 'training loss',
  test: 'test loss',
  validation: 'validation loss',
  trainAccuracy: 'training accuracy',
  testAccuracy: 'test accuracy',
};

/** One legend entry placed in the chart's top margin (x, y: the swatch's left end, baseline). */
export interface LegendItem {
  line: LossLine;
  label: string;
  x: number;
  y: number;
}

/** Width of a legend swatch and the gaps around it, and the row height, in font sizes. */
export const SWATCH = 1.8;
export const GAP = 0.4;
const ITEM_GAP = 1.2;
export const LEGEND_ROW = 1.4;

/**
 * Legend entries in rows across the chart's width: each is a short line in the series' style
 * then its name. Text widths are estimated (0.55 em a character), generously, so that a
 * label never runs into the next one. Example: two items at 11 px on a 400 px chart → one row.
 */
export function legendLayout(lines: LossLine[], width: number, fontSize: number): LegendItem[] {
  const items: LegendItem[] = [];
  const rowHeight = fontSize * LEGEND_ROW;
  let x = 8;
  let row = 1;
  for (const line of lines) {
    const label = LOSS_LINE_NAMES[line];
    const w = (SWATCH + GAP + ITEM_GAP) * fontSize + label.length * fontSize * 0.55;
    if (x > 8 && x + w > width - 4) {
      row++;
      x = 8;
    }
    items.push({ line, label, x, y: row * rowHeight - fontSize * 0.3 });
    x += w;
  }
  return items;
}
