import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** Numbers as the views print them ("−0.3768", "1.2e-4") to JS numbers. */
function numbersIn(text: string | null): number[] {
  const found = (text ?? '').replace(/−/g, '-').match(/-?\d+(\.\d+)?(e[-+]?\d+)?/g) ?? [];
  return found.map(Number);
}

/** The value a diagram edge or bias announces in its accessible name ("…: 0.207"). */
async function announcedValue(el: Locator): Promise<number> {
  const name = (await el.getAttribute('aria-label')) ?? '';
  return Number(name.slice(name.lastIndexOf(':') + 1).replace(/−/g, '-'));
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
    const newWeight = Number(
      ((await row.getByRole('cell').last().textContent()) ?? '').replace(/−/g, '-'),
    );
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
    await page.getByRole('tab', { name: 'Neuron' }).click();
    const view = page.getByRole('region', { name: /^Neuron h/ });
    await expect(view.getByText(/^z = /)).toBeVisible();
    await expect(view.getByText(/^a = tanh\(z\) = /)).toBeVisible();
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
