import { useState } from 'react';
import { noticeLines } from '../store/notices';
import type { NoticeGroup, ShownNotice } from '../store/notices';
import { useAppStore } from '../store/store';

/**
 * Messages for the user (changed link settings, a restarted worker, storage that is full…),
 * as plain text, every one reachable: a group of related notices folds into one summary line
 * ("6 settings of this link were changed") that opens the full list. They sit in the page's
 * flow under the top bar, so they cover nothing.
 */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const [open, setOpen] = useState<NoticeGroup | null>(null);
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {noticeLines(notices).map((line) =>
        line.kind === 'one' ? (
          <NoticeItem key={line.notice.id} notice={line.notice} />
        ) : (
          <div key={`group-${line.group}`} className={`notice-group ${line.tone}`}>
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
          </div>
        ),
      )}
    </div>
  );
}

function NoticeItem({ notice }: { notice: ShownNotice }) {
  const dismiss = () => useAppStore.getState().dismissNotice(notice.id);
  return (
    <p className={`notice ${notice.tone}`}>
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
    </p>
  );
}

function DismissButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="notice-dismiss" aria-label={label} onClick={onClick}>
      ×
    </button>
  );
}
