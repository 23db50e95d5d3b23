// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readingTime } from '../store/notices';
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

  it('goes by itself after its reading time, and a longer one stays longer', () => {
    vi.useFakeTimers();
    try {
      const short = 'Selection cleared: the network changed shape.';
      const long = 'The worker restarted after a crash; the run was kept from epoch 120 on.';
      act(() => {
        useAppStore.getState().addNotice(short, 'info');
        useAppStore.getState().addNotice(long, 'warning');
      });
      act(() => vi.advanceTimersByTime(readingTime(short) - 1));
      expect(element.textContent).toContain(short);
      act(() => vi.advanceTimersByTime(1));
      expect(element.textContent).not.toContain(short);
      expect(element.textContent).toContain(long);
      act(() => vi.advanceTimersByTime(readingTime(long) - readingTime(short)));
      expect(element.textContent).not.toContain(long);
      // The live region stays, so the next notice is announced as well.
      expect(element.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a notice arriving later does not keep an earlier one longer', () => {
    vi.useFakeTimers();
    try {
      const first = 'Selection cleared: the network changed shape.';
      act(() => useAppStore.getState().addNotice(first, 'info'));
      act(() => vi.advanceTimersByTime(readingTime(first) - 500));
      act(() => useAppStore.getState().addNotice('The worker restarted.', 'warning'));
      act(() => vi.advanceTimersByTime(500));
      expect(element.textContent).not.toContain(first);
      expect(element.textContent).toContain('The worker restarted.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits while the pointer is over it, then gives its whole reading time again', () => {
    vi.useFakeTimers();
    try {
      const text = 'Selection cleared: the network changed shape.';
      act(() => useAppStore.getState().addNotice(text, 'info'));
      const line = element.querySelector('.notice')!;
      act(() => line.dispatchEvent(new MouseEvent('pointerover', { bubbles: true })));
      act(() => vi.advanceTimersByTime(readingTime(text) * 3));
      expect(element.textContent).toContain(text);
      act(() => line.dispatchEvent(new MouseEvent('pointerout', { bubbles: true })));
      act(() => vi.advanceTimersByTime(readingTime(text) - 1));
      expect(element.textContent).toContain(text);
      act(() => vi.advanceTimersByTime(1));
      expect(element.textContent).not.toContain(text);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps failures and choices until they are answered; a click on the text dismisses', () => {
    vi.useFakeTimers();
    try {
      act(() => {
        useAppStore.getState().addNotice('Your work could not be saved.', 'error');
        useAppStore.getState().addNotice('Saved data kept', 'info', {
          actions: [{ label: 'Use the link data', run: () => {} }],
        });
      });
      act(() => vi.advanceTimersByTime(60_000));
      expect(element.textContent).toContain('Your work could not be saved.');
      expect(element.textContent).toContain('Saved data kept');
      const span = [...element.querySelectorAll('.notice > span')].find(
        (s) => s.textContent === 'Your work could not be saved.',
      )!;
      act(() => (span as HTMLElement).click());
      expect(element.textContent).not.toContain('Your work could not be saved.');
      expect(element.textContent).toContain('Saved data kept');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a folded group (a list to read) stays until it is dismissed', () => {
    vi.useFakeTimers();
    try {
      act(() => {
        for (let i = 1; i <= 3; i++)
          useAppStore
            .getState()
            .addNotice(`Setting ${i} was changed`, 'warning', { group: 'link' });
      });
      act(() => vi.advanceTimersByTime(60_000));
      expect(element.textContent).toContain('3 settings of this link were changed');
      act(() => button('Show all')!.click());
      expect(element.querySelectorAll('li')).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
