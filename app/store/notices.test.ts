import { describe, expect, it } from 'vitest';
import { noticeLines, withNotice } from './notices';
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
