import { useEffect, useRef, useState } from 'react';
import type { FocusEvent, MouseEvent, ReactNode } from 'react';
import { lineLifetime, noticeLines } from '../store/notices';
import type { NoticeGroup, NoticeLine, ShownNotice } from '../store/notices';
import { useAppStore } from '../store/store';

/**
 * Messages for the user (changed link settings, a restarted worker, storage that is full…),
 * as plain text, every one reachable: a group of related notices folds into one summary line
 * ("6 settings of this link were changed") that opens the full list. They sit in the page's
 * flow under the top bar, so they cover nothing, and go by themselves once read (see
 * lineLifetime: failures, choices and folded lists stay), sooner with a click, × or Esc. The live region
 * stays on the page while it is empty, so every new notice is announced.
 */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const [open, setOpen] = useState<NoticeGroup | null>(null);
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {noticeLines(notices).map((line) =>
        line.kind === 'one' ? (
          <NoticeItem key={line.notice.id} notice={line.notice} line={line} />
        ) : (
          <TimedLine
            key={`group-${line.group}`}
            className={`notice-group ${line.tone}`}
            line={line}
            dismiss={() => useAppStore.getState().dismissGroup(line.group)}
          >
            <p className={`notice ${line.tone}`}>
              <span>{line.summary}.</span>
              <button
                type="button"
                className="notice-expand"
                aria-expanded={open === line.group}
                onClick={() => setOpen(open === line.group ? null : line.group)}
              >
                {open === line.group ? 'Hide the list' : 'Show all'}
              </button>
              <DismissButton
                label="Dismiss these notices"
                onClick={() => useAppStore.getState().dismissGroup(line.group)}
              />
            </p>
            {open === line.group && (
              <ul className="notice-list">
                {line.notices.map((n) => (
                  <li key={n.id}>{n.message}</li>
                ))}
              </ul>
            )}
          </TimedLine>
        ),
      )}
    </div>
  );
}

function NoticeItem({ notice, line }: { notice: ShownNotice; line: NoticeLine }) {
  const dismiss = () => useAppStore.getState().dismissNotice(notice.id);
  return (
    <TimedLine className={`notice ${notice.tone}`} line={line} dismiss={dismiss} paragraph>
      <span>{notice.message}</span>
      {notice.actions?.map((a) => (
        <button
          key={a.label}
          type="button"
          className="notice-action"
          onClick={() => {
            a.run();
            dismiss();
          }}
        >
          {a.label}
        </button>
      ))}
      <DismissButton label="Dismiss notice" onClick={dismiss} />
    </TimedLine>
  );
}

/**
 * One line of the notices area that dismisses itself after its reading time (lineLifetime).
 * The clock stops while the pointer is over it or the focus is in it, and starts afresh when
 * they leave (time to finish reading). A click on its text dismisses it; its buttons keep
 * their own jobs.
 */
function TimedLine(props: {
  className: string;
  line: NoticeLine;
  paragraph?: boolean;
  dismiss(): void;
  children: ReactNode;
}) {
  const { line, dismiss } = props;
  const lifetime = lineLifetime(line);
  const [held, setHeld] = useState({ pointer: false, focus: false });
  // The latest dismiss, so a re-render (another notice arriving) does not restart the clock.
  const dismissRef = useRef(dismiss);
  useEffect(() => {
    dismissRef.current = dismiss;
  });
  const paused = held.pointer || held.focus;
  useEffect(() => {
    if (lifetime === null || paused) return;
    const id = setTimeout(() => dismissRef.current(), lifetime);
    return () => clearTimeout(id);
  }, [lifetime, paused]);
  const hold = (patch: Partial<typeof held>) => setHeld((h) => ({ ...h, ...patch }));
  const handlers = {
    className: props.className,
    onPointerEnter: () => hold({ pointer: true }),
    onPointerLeave: () => hold({ pointer: false }),
    onFocus: () => hold({ focus: true }),
    onBlur: (e: FocusEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) hold({ focus: false });
    },
    onClick: (e: MouseEvent) => {
      if (!(e.target as Element).closest('button, a, li')) dismiss();
    },
  };
  return props.paragraph ? (
    <p {...handlers}>{props.children}</p>
  ) : (
    <div {...handlers}>{props.children}</div>
  );
}

function DismissButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="notice-dismiss" aria-label={label} onClick={onClick}>
      ×
    </button>
  );
}
