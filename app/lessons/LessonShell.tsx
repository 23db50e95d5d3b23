import type { ReactNode } from 'react';
import { LessonPresenter } from '../components/classroom/LessonPresenter';
import { Notices } from '../components/Notices';
import { INDEX_HREF, glossaryHref } from './links';
import '../styles/lessons.css';

/** The lesson pages' frame: a top bar with the way back to the playground, notices, and the page. */
export function LessonShell({ children }: { children: ReactNode }) {
  return (
    <div className="lesson-page">
      <header className="lesson-top">
        <a className="brand lesson-brand" href="?page=playground">
          Gradient Lab
        </a>
        <nav className="lesson-nav" aria-label="Site">
          <a href={INDEX_HREF}>Lessons</a>
          <a href={glossaryHref()}>Glossary</a>
          <a href="?page=playground">Playground</a>
        </nav>
        <LessonPresenter />
      </header>
      <div className="messages lesson-messages">
        <Notices />
      </div>
      <main className="lesson-main">{children}</main>
    </div>
  );
}
