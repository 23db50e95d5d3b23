import { useEffect } from 'react';
import { GLOSSARY, findTerm } from './glossary';
import { lessonHref } from './links';

/** The glossary: every term with its definition and the lesson that teaches it. */
export function GlossaryPage({ term }: { term: string | null }) {
  const found = findTerm(term);
  useEffect(() => {
    document.title = 'Glossary · Gradient Lab';
    if (found) document.getElementById(found.slug)?.scrollIntoView();
  }, [found]);
  const entries = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <div className="glossary">
      <h1>Glossary</h1>
      {term && !found && <p className="lesson-error">“{term}” is not in the glossary yet.</p>}
      <dl>
        {entries.map((e) => (
          <div
            key={e.slug}
            id={e.slug}
            className={e === found ? 'glossary-entry current' : 'glossary-entry'}
          >
            <dt>{e.term}</dt>
            <dd>
              {e.definition}{' '}
              <a
                href={lessonHref(e.lesson)}
                aria-label={`Learn about ${e.term.toLowerCase()} in a lesson`}
              >
                Learn it in a lesson
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
