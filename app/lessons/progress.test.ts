import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  lessonStatus,
  loadProgress,
  markPassed,
  markVisited,
  saveProgress,
} from './progress';
import type { StorageLike } from './progress';

function memory(initial?: string): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[PROGRESS_KEY, initial]]);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('progress', () => {
  it('round-trips through storage', () => {
    const s = memory();
    const p = markPassed(markVisited({}, 'one'), 'one', 'cp1');
    saveProgress(s, p);
    expect(loadProgress(s)).toEqual({ one: { passed: ['cp1'], visited: true } });
  });

  it('treats malformed or hostile storage as no progress', () => {
    for (const raw of ['{', '[]', 'null', '"x"', '{"a": 3}', '{"a": {"passed": [1, "k"]}}']) {
      const p = loadProgress(memory(raw));
      expect(typeof p).toBe('object');
    }
    expect(loadProgress(memory('{"a": {"passed": [1, "k"]}}'))).toEqual({
      a: { passed: ['k'], visited: false },
    });
    expect(loadProgress(null)).toEqual({});
  });

  it('ignores storage that throws', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {},
    };
    expect(loadProgress(broken)).toEqual({});
    expect(() => saveProgress(broken, {})).not.toThrow();
  });

  it('marks a checkpoint once and reports lesson status', () => {
    const p1 = markPassed({}, 'a', 'k');
    expect(markPassed(p1, 'a', 'k')).toBe(p1);
    expect(lessonStatus(p1, 'a', ['k', 'j'])).toEqual({
      passed: 1,
      total: 2,
      visited: true,
      complete: false,
    });
    expect(lessonStatus(markPassed(p1, 'a', 'j'), 'a', ['k', 'j']).complete).toBe(true);
    expect(lessonStatus({}, 'b', []).complete).toBe(false);
  });
});
