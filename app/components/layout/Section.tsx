import { useId } from 'react';
import type { ReactNode } from 'react';
import type { SectionId } from '../../store/viewSlice';
import { useAppStore } from '../../store/store';

/** A collapsible group of controls; its open state lives in the view slice. */
export function Section({
  id,
  title,
  children,
}: {
  id: SectionId;
  title: string;
  children: ReactNode;
}) {
  const open = useAppStore((s) => s.openSections[id]);
  const toggle = useAppStore((s) => s.toggleSection);
  const bodyId = useId();
  return (
    <section className="control-section">
      <h2>
        <button
          type="button"
          className="section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => toggle(id)}
        >
          <span aria-hidden="true" className="chevron">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
      </h2>
      <div id={bodyId} className="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
