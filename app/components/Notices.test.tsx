// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store/store';
import { Notices } from './Notices';

// React's act() wants to know it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let element: HTMLDivElement;
let root: ReturnType<typeof createRoot>;

beforeEach(() => {
  useAppStore.setState({ notices: [] });
  element = document.createElement('div');
  document.body.append(element);
  root = createRoot(element);
  act(() => root.render(<Notices />));
});

afterEach(() => {
  act(() => root.unmount());
  element.remove();
});

const button = (name: string) =>
  [...element.querySelectorAll('button')].find(
    (b) => b.textContent === name || b.getAttribute('aria-label') === name,
  );

describe('Notices', () => {
  it("folds a link's many changed settings into one line that opens the full list", () => {
    const changes = Array.from({ length: 22 }, (_, i) => `Setting ${i + 1} was changed`);
    act(() => {
      for (const message of changes)
        useAppStore.getState().addNotice(message, 'warning', { group: 'link' });
      useAppStore.getState().addNotice('The worker restarted', 'warning');
    });
    expect(element.textContent).toContain('22 settings of this link were changed');
    expect(element.textContent).toContain('The worker restarted');
    expect(element.querySelectorAll('li')).toHaveLength(0);

    act(() => button('Show all')!.click());
    // Every one reachable: none of the 22 is dropped.
    expect([...element.querySelectorAll('li')].map((li) => li.textContent)).toEqual(changes);
    expect(button('Hide the list')!.getAttribute('aria-expanded')).toBe('true');

    act(() => button('Dismiss these notices')!.click());
    expect(element.textContent).not.toContain('settings of this link');
    expect(element.textContent).toContain('The worker restarted');
  });

  it('runs a notice action once and then dismisses the notice', () => {
    let ran = 0;
    act(() =>
      useAppStore.getState().addNotice('Saved data kept', 'info', {
        actions: [{ label: 'Use the link data', run: () => ran++ }],
      }),
    );
    act(() => button('Use the link data')!.click());
    expect(ran).toBe(1);
    expect(element.textContent).not.toContain('Saved data kept');
  });
});
