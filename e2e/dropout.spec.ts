import { expect, test } from './fixtures';

test.describe('Dropout made visible', () => {
  test('step mode greys the neurons the next batch drops; the backprop trace agrees; evaluation uses all', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&layers=6,4&drop=0.5&seed=3');
    await playground.button('Step').click();
    await expect(playground.readout('Step')).toHaveText('1');
    const caption = page.getByRole('group', { name: 'Dropout' });
    await expect(caption.getByRole('button', { name: 'Training step 2' })).toBeVisible();
    await caption.getByRole('button', { name: 'Next example of the batch' }).click();
    await expect(caption.getByLabel('Example of the batch', { exact: true })).toHaveText(
      'example 2 of 10',
    );
    const count = await caption.getByLabel('Dropped count', { exact: true }).textContent();
    const dropped = Number(/^(\d+) of 10 dropped/.exec(count ?? '')?.[1]);
    expect(dropped).toBeGreaterThan(0);
    const grey = page.locator('.network-diagram__svg rect.neuron.is-dropped');
    await expect(grey).toHaveCount(dropped);
    // Every edge into or out of a grey neuron is greyed too.
    await expect(page.locator('.network-diagram__svg g.edge.is-dropped').first()).toBeVisible();

    // The engine's trace of that example, computed with its mask, names the same neurons and
    // shows their activations at 0.
    await page.getByRole('tab', { name: 'Backprop' }).click();
    const note = page.getByLabel('Dropout for this example');
    await expect(note).toContainText('this example is 2 of 10 in the next batch');
    const names = (await grey.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
      .map((label) => /neuron (\d+) of layer (\d+)/.exec(label ?? ''))
      .map((m) => `h${'₀₁₂₃₄₅₆₇₈₉'[Number(m![2])]},${'₀₁₂₃₄₅₆₇₈₉'[Number(m![1])]}`);
    for (const n of names) await expect(note).toContainText(n);
    const zeros = page.locator('.network-diagram__svg g.note text', { hasText: /^a = 0$/ });
    await expect(zeros).toHaveCount(names.filter((n) => n.startsWith('h₁')).length);

    // Evaluation: every neuron takes part.
    await caption.getByRole('button', { name: 'Evaluation' }).click();
    await expect(grey).toHaveCount(0);
    await caption.getByRole('button', { name: 'Training step 2' }).click();
    await expect(grey).toHaveCount(dropped);

    // The next step trains on other masks: the caption follows.
    await playground.button('Step').click();
    await expect(caption.getByRole('button', { name: 'Training step 3' })).toBeVisible();
    // At full speed there is nothing to show (a mask lasts less than a frame).
    await page
      .getByRole('group', { name: 'Run controls' })
      .getByRole('button', { name: 'Play', exact: true })
      .click();
    await expect(playground.readout('Status')).toHaveText('Training');
    await expect(caption).toBeHidden();
  });
});
