import { expect, test } from './fixtures';

test.describe('the playground trains', () => {
  test('the default page trains: the epoch advances and the test loss falls', async ({
    playground,
  }) => {
    await playground.open('v=1&seed=11');
    await playground.button('Step').click();
    await expect.poll(() => playground.number('Step')).toBe(1);
    const first = await playground.number('Test loss');
    await playground.play();
    await playground.waitForEpoch(50);
    await playground.pause();
    const later = await playground.number('Test loss');
    expect(later).toBeLessThan(first);
  });
});
