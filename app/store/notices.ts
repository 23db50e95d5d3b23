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

/** Time to see a notice appear before reading it, in ms. */
const NOTICE_MS = 2000;
/** Reading time per character, in ms: a slow 200 words a minute at six characters a word. */
const MS_PER_CHARACTER = 50;
/** A notice stays at least this long (ms), however short, … */
export const MIN_READING_MS = 4000;
/** … and at most this long (ms): past that a notice is in the way. */
export const MAX_READING_MS = 12000;

/**
 * How long a text stays on screen before it goes by itself: time to notice it, plus its
 * reading time, within [MIN_READING_MS, MAX_READING_MS].
 *
 *   readingTime('Selection cleared: the network changed shape.') → 2000 + 45 × 50 = 4250
 */
export function readingTime(text: string): number {
  const ms = NOTICE_MS + [...text].length * MS_PER_CHARACTER;
  return Math.min(MAX_READING_MS, Math.max(MIN_READING_MS, ms));
}

/**
 * How long a line of the notices area stays before it dismisses itself, in ms, or null when
 * it stays until the user puts it away: a failure (something the user must act on), a notice
 * that offers a choice (its actions), and a folded group (a list to open and read, e.g. every
 * setting a link had changed).
 *
 *   lineLifetime({ kind: 'one', notice: { message: 'Selection cleared: …', tone: 'info', … } }) → 4250
 */
export function lineLifetime(line: NoticeLine): number | null {
  if (line.kind === 'group') return null;
  if (line.notice.tone === 'error' || line.notice.actions?.length) return null;
  return readingTime(line.notice.message);
}
