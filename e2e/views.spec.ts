import type { Locator } from '@playwright/test';
import { numbersInText } from '../app/engine/numberText';
import { expect, test } from './fixtures';

/** Numbers as the views print them ("−0.3768", "1.2×10⁻⁴") to JS numbers. */
function numbersIn(text: string | null): number[] {
  return numbersInText(text ?? '');
}

/** The value a diagram edge or bias announces in its accessible name ("…: 0.207"). */
async function announcedValue(el: Locator): Promise<number> {
  const name = (await el.getAttribute('aria-label')) ?? '';
  return numbersInText(name.slice(name.lastIndexOf(':') + 1))[0] ?? NaN;
}

test.describe('seeing learning happen', () => {
  test('an edge opens its descent view, and Step moves the weight where the arrow said', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=11&batch=10');
    await playground.button('Step epoch').click();
    const edge = page.getByRole('button', { name: /^weight from x₁ to neuron 1 of layer 1:/ });
    await edge.click();
    const view = page.getByRole('region', { name: 'Gradient descent on one parameter' });
    await expect(view.getByRole('img')).toBeVisible();
    const numbers = view.locator('dl.view-numbers dd');
    await expect(numbers.nth(0)).toContainText('∂L/∂w =');
    await expect(numbers.nth(2)).toContainText('step size = slope × learning rate');
    const sentence = await numbers.nth(3).textContent();
    expect(sentence).toMatch(/^new value = old − step = /);
    const [old, , predicted] = numbersIn(sentence);
    // The arithmetic adds up: new = old − slope × η.
    const [slope] = numbersIn(await numbers.nth(0).textContent());
    const [eta] = numbersIn(await numbers.nth(1).textContent());
    expect(predicted!).toBeCloseTo(old! - slope! * eta!, 3);

    await playground.button('Step').click();
    await expect
      .poll(async () => numbersIn(await numbers.nth(3).textContent())[0])
      .toBeCloseTo(predicted!, 4);
    // The diagram shows the same new weight (its names refresh a few times a second).
    await expect.poll(() => announcedValue(edge)).toBeCloseTo(predicted!, 2);
  });

  test('the step-through visits every layer forward and backward, and its update is the diagram’s next weights', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=11');
    await page.locator('.boundary-panel path.point.train').first().click();
    const view = page.getByRole('region', { name: 'Backpropagation step by step' });
    await expect(view.getByText(/^Example \d+ \(training\)/)).toBeVisible();
    const phase = view.locator('.view-phase');
    const next = view.getByRole('button', { name: 'Next', exact: true });
    const seen: string[] = [];
    for (;;) {
      seen.push(((await phase.textContent()) ?? '').replace(/\s*\(.*\)$/, ''));
      if (await next.isDisabled()) break;
      await next.click();
    }
    expect(seen).toEqual([
      'Forward: layer 1 of 3',
      'Forward: layer 2 of 3',
      'Forward: layer 3 of 3',
      'The loss',
      'Backward: layer 3 of 3',
      'Backward: layer 2 of 3',
      'Backward: layer 1 of 3',
      'Apply the update',
    ]);
    const row = view.getByRole('row', { name: /^w from x₁ to h₁,₁ / });
    const newWeight = numbersIn(await row.getByRole('cell').last().textContent())[0] ?? NaN;
    await view.getByRole('button', { name: 'Apply this update to the network' }).click();
    const edge = page.getByRole('button', { name: /^weight from x₁ to neuron 1 of layer 1:/ });
    await expect.poll(() => announcedValue(edge)).toBeCloseTo(newWeight, 2);
  });

  test('the race draws three optimisers on one loss surface', async ({ playground, page }) => {
    await playground.open('v=1&seed=11');
    await playground.button('Step epoch').click();
    await page.getByRole('tab', { name: 'Loss surface' }).click();
    const view = page.getByRole('region', { name: 'Loss surface of two parameters' });
    await expect(view.getByRole('img')).toBeVisible();
    await view.getByRole('button', { name: 'Race optimisers' }).click();
    const legend = view.getByRole('list', { name: /^Race of optimisers/ });
    await expect(legend.getByRole('listitem')).toHaveCount(3);
    await expect(legend).toContainText('SGD');
    await expect(legend).toContainText('Momentum');
    await expect(legend).toContainText('Adam');
    await expect(view.locator('svg.view-chart path.ls-path')).toHaveCount(3);
  });

  test('a neuron clicked on the diagram shows its worked sum', async ({ playground, page }) => {
    await playground.open('v=1&seed=11');
    await page.locator('.boundary-panel path.point.train').first().click();
    await page.getByRole('button', { name: 'neuron 2 of layer 1: show its worked sum' }).click();
    const view = page.getByRole('region', { name: 'Neuron h₁,₂' });
    await expect(view.getByText(/^z = /)).toBeVisible();
    await expect(view.getByText(/^a = tanh\(z\) = /)).toBeVisible();
  });

  test("standardised inputs say so and show the data table's value, mean and SD beside each", async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&data=studyHours&std=1&seed=3');
    await page.locator('.boundary-panel path.point.train').first().click();
    await page.getByRole('button', { name: 'neuron 1 of layer 1: show its worked sum' }).click();
    const inputs = page.getByRole('group', { name: 'Standardised inputs' });
    await expect(inputs).toContainText('x = (value − mean) / sd');
    const lines = await inputs.getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(3);
    const parsed = lines.map((line) => {
      const m = /^(.+): (\S+), standardised from (\S+) as \((\S+) − \(?(\S+?)\)?\) \/ (\S+)$/.exec(
        line,
      );
      expect(m, line).not.toBeNull();
      return { name: m![1]!, value: m![2]!, original: m![3]!, mean: m![5]!, sd: m![6]! };
    });
    expect(parsed.map((p) => p.name)).toEqual(['study hours', 'sleep hours', 'quiz (%)']);
    // The worked sum multiplies the standardised numbers, not the table's.
    const sum = (await page
      .getByRole('region', { name: /^Neuron / })
      .getByText(/^z = /)
      .textContent())!;
    for (const p of parsed)
      expect(sum).toContain(`·${p.value.startsWith('−') ? `(${p.value})` : p.value}`);
    // Each standardised number is (original − mean) / sd to the shown precision.
    for (const p of parsed) {
      const [v = NaN, o = NaN, mean = NaN, sd = NaN] = [p.value, p.original, p.mean, p.sd].map(
        (t) => numbersIn(t)[0]!,
      );
      expect(Math.abs((o - mean) / sd - v)).toBeLessThan(Math.abs(v) * 2e-3 + 1e-3);
    }
    // The step-through follows the same example and says the same.
    await page.getByRole('tab', { name: 'Backprop' }).click();
    const note = page.getByRole('tabpanel').getByText(/^Example \d+ \(training\): input /);
    const noteText = (await note.textContent())!;
    expect(noteText).toContain(
      parsed.map((p) => `${p.value} (standardised from ${p.original})`).join(', '),
    );
    const number = Number(/^Example (\d+)/.exec(noteText)![1]);
    // The output plot names the traced example with the same number.
    await expect(page.locator('.boundary-panel svg text', { hasText: /^example \d+$/ })).toHaveText(
      `example ${number}`,
    );
    // The originals are the data table's values for the row of that number (the table counts
    // from 1, its header row comes first); mean and SD are its training rows'.
    await page.getByRole('button', { name: 'Data table…' }).click();
    const dialog = page.getByRole('dialog');
    const table = dialog.getByRole('table', { name: 'Rows of the data' });
    await expect(table.getByRole('row')).toHaveCount(9);
    const tableRow = table.getByRole('row').nth(number);
    await expect(tableRow.getByRole('rowheader')).toHaveText(String(number));
    const cells = await tableRow.getByRole('cell').allTextContents();
    expect(cells.slice(1, 4)).toEqual(parsed.map((p) => p.original));
    // The column summary shows the very mean and SD the views standardise with.
    const summary = dialog.getByRole('table', { name: 'Summary statistics per column' });
    for (const p of parsed) {
      const escaped = p.name.replace(/[()]/g, '\\$&');
      const [mean = '', sd = ''] = await summary
        .getByRole('row', { name: new RegExp(`^${escaped}`) })
        .getByRole('cell')
        .allTextContents();
      const [m, d] = [numbersIn(p.mean)[0]!, numbersIn(p.sd)[0]!];
      expect(Math.abs(numbersIn(mean)[0]! - m)).toBeLessThan(Math.abs(m) * 1e-3 + 1e-3);
      expect(Math.abs(numbersIn(sd)[0]! - d)).toBeLessThan(d * 1e-3);
    }
    // The mean and SD are the training rows' (population SD), computed here from the table.
    const all = await table.getByRole('row').allTextContents();
    const training: number[][] = [];
    for (let r = 1; r < all.length; r++) {
      const rowCells = await table.getByRole('row').nth(r).getByRole('cell').allTextContents();
      if (rowCells[0] === 'train') training.push(rowCells.slice(1, 4).map((t) => numbersIn(t)[0]!));
    }
    expect(training.length).toBeGreaterThan(1);
    parsed.forEach((p, j) => {
      const col = training.map((r) => r[j]!);
      const mean = col.reduce((a, b) => a + b, 0) / col.length;
      const sd = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length);
      expect(Math.abs(numbersIn(p.mean)[0]! - mean)).toBeLessThan(Math.abs(mean) * 1e-3 + 1e-3);
      expect(Math.abs(numbersIn(p.sd)[0]! - sd)).toBeLessThan(sd * 1e-3);
    });
  });

  test('clicking a neuron of every layer opens that neuron, and each step-through phase lights its own layer', async ({
    playground,
    page,
  }) => {
    // Three hidden layers of different sizes and one output: a layer-off mistake cannot hide.
    const sizes = [3, 2, 4, 1];
    await playground.open('v=1&layers=3,2,4&act=tanh,relu,tanh&seed=11');
    const subscript = (n: number) => String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]!);
    for (let layer = 0; layer < sizes.length; layer++) {
      const unit = sizes[layer]! - 1;
      const output = layer === sizes.length - 1;
      const drawn = output ? 'the output' : `neuron ${unit + 1} of layer ${layer + 1}`;
      await page.getByRole('button', { name: `${drawn}: show its worked sum` }).click();
      const name = output ? 'output' : `h${subscript(layer + 1)},${subscript(unit + 1)}`;
      await expect(page.getByRole('region', { name: `Neuron ${name}` })).toBeVisible();
    }
    // Keyboard: Enter on a focused neuron opens it too.
    await page.getByRole('button', { name: 'neuron 1 of layer 1: show its worked sum' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Neuron h₁,₁' })).toBeVisible();

    // With the neuron view open, a data point becomes its example; the step-through is a tab away.
    await page.locator('.boundary-panel path.point.train').first().click();
    await page.getByRole('tab', { name: 'Backprop' }).click();
    const view = page.getByRole('region', { name: 'Backpropagation step by step' });
    await expect(view.getByText(/^Example \d+ \(training\)/)).toBeVisible();
    const next = view.getByRole('button', { name: 'Next', exact: true });
    const lit = page.locator('.network-diagram__svg rect.neuron.is-noted');
    const notes = page.locator('.network-diagram__svg g.note');
    const expected = [
      ...sizes.map((units, layer) => ({ layer, units, label: /^a = / })),
      { layer: 3, units: 1, label: /^L = / },
      ...[...sizes.keys()].reverse().map((layer) => ({
        layer,
        units: sizes[layer]!,
        label: /^dL\/dz = /,
      })),
    ];
    for (const step of expected) {
      await expect(lit).toHaveCount(step.units);
      const keys = await lit.evaluateAll((els) => els.map((e) => e.getAttribute('data-neuron')));
      expect(keys.sort()).toEqual(
        Array.from({ length: step.units }, (_, u) => `${step.layer}:${u}`).sort(),
      );
      await expect(notes).toHaveCount(step.units);
      for (const text of await notes.allTextContents()) expect(text).toMatch(step.label);
      await next.click();
    }
    // The update phase writes per weight, so no neuron is lit.
    await expect(lit).toHaveCount(0);
  });

  test('a selected weight that a topology change removes clears with a message', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&layers=4,2&act=tanh,tanh&seed=3');
    await page
      .getByRole('button', { name: /^weight from .* to neuron 2 of layer 2:/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Remove hidden layer' }).click();
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('Selection cleared');
  });
});

test.describe('the step-through on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('its equations wrap inside their box, results in view, and the page never scrolls sideways', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=1');
    await page.getByRole('tab', { name: 'Backprop' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: 'Pick a random training example' }).click();
    const equations = panel.locator('.view-equation .katex-html');
    await expect(equations.first()).toBeVisible();
    // Every equation, value included, lies inside the view's box (display math ran 606 px wide).
    const box = (await panel.boundingBox())!;
    const count = await equations.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i++) {
      const r = (await equations.nth(i).boundingBox())!;
      expect(r.x).toBeGreaterThanOrEqual(box.x);
      expect(r.x + r.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
