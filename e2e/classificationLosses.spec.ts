import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// The classification losses, as a learner meets them: moved by hand in lessons 4 and 11 (the
// numbers are the engine's output head's), and chosen for a binary problem in the playground.

const value = (widget: Locator, term: string) =>
  widget
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');

async function lessonWidget(page: Page, id: string) {
  await page.goto(`./?page=lesson&id=${id}`);
  const widget = page.getByRole('region', { name: 'Classification losses' });
  await expect(widget).toBeVisible();
  return widget;
}

test('lesson 4: a logit and a label moved by hand give the cross-entropy and the hinge, and the checkpoints take their answers', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const widget = await lessonWidget(page, 'loss-and-cost');
  await widget.getByRole('slider', { name: /logit z/ }).fill('0');
  await expect(value(widget, 'p = σ\\(z\\)')).toHaveText('0.5000');
  await expect(value(widget, 'loss L')).toHaveText('0.6931');
  await expect(value(widget, '∂L/∂z')).toHaveText('-0.5000');
  // Label 0: the loss is the same by symmetry, the slope changes sign.
  await widget.getByRole('radio', { name: '0' }).check();
  await expect(value(widget, '∂L/∂z')).toHaveText('0.5000');

  const bce = page.getByRole('region', { name: /What is its binary cross-entropy/ });
  await bce.getByLabel('Your answer').fill('0.5');
  await bce.getByRole('button', { name: 'Check' }).click();
  await expect(bce).toContainText('that is the probability p = σ(0)');
  await bce.getByLabel('Your answer').fill('0.693');
  await bce.getByRole('button', { name: 'Check' }).click();
  await expect(bce).toContainText('Passed.');

  await widget.getByRole('combobox', { name: 'Output and loss' }).selectOption('hinge');
  await widget.getByRole('radio', { name: '−1' }).check();
  await widget.getByRole('slider', { name: /score s/ }).fill('-0.5');
  await expect(value(widget, 'loss L')).toHaveText('0.5000');
  await expect(value(widget, '∂L/∂s')).toHaveText('1.0000');
  // Past the margin the hinge stops caring: loss and slope are 0.
  await widget.getByRole('slider', { name: /score s/ }).fill('-1.5');
  await expect(value(widget, 'loss L')).toHaveText('0.0000');
  await expect(value(widget, '∂L/∂s')).toHaveText('0.0000');

  const hinge = page.getByRole('region', { name: /With the hinge loss/ });
  await hinge.getByLabel('Your answer').fill('1.5');
  await hinge.getByRole('button', { name: 'Check' }).click();
  await expect(hinge).toContainText('that is the loss for label +1');
  await hinge.getByLabel('Your answer').fill('0.5');
  await hinge.getByRole('button', { name: 'Check' }).click();
  await expect(hinge).toContainText('Passed.');
});

test('lesson 11: softmax over three logits, its loss and every class’s slope', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const widget = await lessonWidget(page, 'classification-outputs');
  await expect(value(widget, 'p₁')).toHaveText('0.6652');
  await expect(value(widget, '∂L/∂z₁')).toHaveText('-0.3348');
  await expect(value(widget, '∂L/∂z₂')).toHaveText('0.2447');
  await widget.getByRole('radio', { name: 'class 3' }).check();
  await expect(value(widget, 'loss L')).toHaveText('2.4076');
  await expect(value(widget, '∂L/∂z₃')).toHaveText('-0.9100');
});

test('the playground: hinge for a binary set after a linear or tanh output, with its ±1 labels explained, trains', async ({
  playground,
  page,
}) => {
  test.setTimeout(120_000);
  await playground.open('v=1&data=xor&seed=2');
  const output = page.getByRole('combobox', { name: 'Output activation' });
  const loss = page.getByRole('combobox', { name: 'Loss', exact: true });
  const note = page
    .getByRole('note')
    .filter({ hasText: 'Hinge trains towards the labels −1 and +1' });
  await expect(note).toHaveCount(0);
  await output.selectOption('tanh');
  await expect(loss).toHaveValue('hinge');
  await expect(loss.locator('option')).toHaveText(['Hinge', 'Mean squared error']);
  await expect(note).toContainText('confidently wrong');
  await output.selectOption('linear');
  await expect(loss).toHaveValue('hinge');
  await expect(note).toContainText('A linear output can pass the margin of 1');
  await expect(page).toHaveURL(/loss=hinge/);
  await playground.play();
  await playground.waitForEpoch(200, 60_000);
  await playground.pause();
  expect(await playground.number('Test accuracy')).toBeGreaterThan(94);
});
