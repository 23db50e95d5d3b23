import type { Notice } from '../engine/configRules';

/** How much a notice matters: news, something changed for the user, something failed. */
export type NoticeTone = 'info' | 'warning' | 'error';

/** Notices that belong together and fold into one summary line. */
export type NoticeGroup = 'link' | 'file';

/** A button on a notice (e.g. "Use my saved data"); it runs, then the notice goes. */
export interface NoticeAction {
  label: string;
  run(): void;
}

/**
 * A notice as the page shows it: the one `Notice` shape (a message, here optionally about a field)
 * plus an id, a tone, a group and actions. Plain text, never HTML.
 */
export interface ShownNotice extends Omit<Notice, 'field'> {
  /** The configuration field it is about, when it is about one. */
  field?: Notice['field'];
  id: number;
  tone: NoticeTone;
  group?: NoticeGroup;
  actions?: NoticeAction[];
}

/** What addNotice takes besides the message. */
export type NoticeOptions = Partial<Pick<ShownNotice, 'field' | 'group' | 'actions'>>;

/** Notices kept at once (a safety net: every one of these stays reachable). */
export const MAX_NOTICES = 200;

/** The list with `notice` added: a message already shown is not shown twice. */
export function withNotice(list: ShownNotice[], notice: ShownNotice): ShownNotice[] {
  if (list.some((n) => n.message === notice.message)) return list;
  return [...list, notice].slice(-MAX_NOTICES);
}

/** One line of the notices area: a single notice, or a group folded into a summary. */
export type NoticeLine =
  | { kind: 'one'; notice: ShownNotice }
  | {
      kind: 'group';
      group: NoticeGroup;
      summary: string;
      tone: NoticeTone;
      notices: ShownNotice[];
    };

/** Notices of one group beyond this many fold into a summary. */
const FOLD_AT = 2;

/**
 * The lines to show, oldest first: each group with more than FOLD_AT notices becomes one
 * summary line (in the place of its first notice) that expands to all of them.
 *
 *   noticeLines(six link notices + one other) →
 *     [{ kind: 'group', summary: '6 settings of this link were changed', … }, { kind: 'one', … }]
 */
export function noticeLines(list: ShownNotice[]): NoticeLine[] {
  const lines: NoticeLine[] = [];
  const groups = new Map<NoticeGroup, ShownNotice[]>();
  for (const n of list) if (n.group) groups.set(n.group, [...(groups.get(n.group) ?? []), n]);
  const placed = new Set<NoticeGroup>();
  for (const n of list) {
    const members = n.group ? groups.get(n.group)! : [];
    if (!n.group || members.length <= FOLD_AT) {
      lines.push({ kind: 'one', notice: n });
    } else if (!placed.has(n.group)) {
      placed.add(n.group);
      const tone = members.some((m) => m.tone === 'error') ? 'error' : 'warning';
      lines.push({
        kind: 'group',
        group: n.group,
        summary: summaryOf(n.group, members.length),
        tone,
        notices: members,
      });
    }
  }
  return lines;
}

function summaryOf(group: NoticeGroup, count: number): string {
  return group === 'link'
    ? `${count} settings of this link were changed`
    : `${count} problems in the file were repaired`;
}
