import { describe, expect, it } from 'vitest';
import {
  MAX_READING_MS,
  MIN_READING_MS,
  lineLifetime,
  noticeLines,
  readingTime,
  withNotice,
} from './notices';
import type { ShownNotice } from './notices';

const link = (id: number): ShownNotice => ({
  id,
  message: `field ${id} was changed`,
  tone: 'warning',
  group: 'link',
});

describe('notices', () => {
  it('keeps every notice of a long link (none dropped) and folds them into one line', () => {
    let list: ShownNotice[] = [];
    for (let i = 1; i <= 22; i++) list = withNotice(list, link(i));
    list = withNotice(list, { id: 99, message: 'The worker restarted.', tone: 'warning' });
    expect(list).toHaveLength(23);
    const lines = noticeLines(list);
    expect(lines).toHaveLength(2);
    const [group, one] = lines;
    expect(group).toMatchObject({
      kind: 'group',
      summary: '22 settings of this link were changed',
    });
    expect(group?.kind === 'group' && group.notices.map((n) => n.id)).toEqual(
      list.slice(0, 22).map((n) => n.id),
    );
    expect(one).toMatchObject({ kind: 'one', notice: { id: 99 } });
  });

  it('shows a short group as it is, and a repeated message once', () => {
    const list = withNotice(withNotice([link(1)], link(1)), link(2));
    expect(list).toHaveLength(2);
    expect(noticeLines(list).map((l) => l.kind)).toEqual(['one', 'one']);
  });
});

describe('how long a notice stays', () => {
  const one = (message: string, extra: Partial<ShownNotice> = {}) =>
    ({ kind: 'one', notice: { id: 1, message, tone: 'info', ...extra } }) as const;

  it('grows with the text, within a few seconds', () => {
    expect(readingTime('Selection cleared: the network changed shape.')).toBe(4250);
    expect(readingTime('ok')).toBe(MIN_READING_MS);
    expect(readingTime('x'.repeat(1000))).toBe(MAX_READING_MS);
    const short = readingTime('The worker restarted.');
    const long = readingTime('The worker restarted; the run was kept from epoch 120 on.');
    expect(long).toBeGreaterThan(short);
  });

  it('keeps failures, choices and folded lists until the user puts them away', () => {
    expect(lineLifetime(one('Selection cleared: the network changed shape.'))).toBe(4250);
    expect(lineLifetime(one('Saving failed', { tone: 'error' }))).toBeNull();
    expect(
      lineLifetime(one('Saved data kept', { actions: [{ label: 'Use the link data', run() {} }] })),
    ).toBeNull();
    const [group] = noticeLines([link(1), link(2), link(3)]);
    expect(lineLifetime(group!)).toBeNull();
    // A group short enough to show as it is: each of its notices goes by itself.
    const [first] = noticeLines([link(1), link(2)]);
    expect(lineLifetime(first!)).toBe(readingTime('field 1 was changed'));
  });
});
