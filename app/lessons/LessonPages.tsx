import { GlossaryPage } from './GlossaryPage';
import { LessonIndex } from './LessonIndex';
import { LessonPage } from './LessonPage';
import { LessonShell } from './LessonShell';

/**
 * The lesson pages (loaded on demand, apart from the playground): the index, one lesson, and
 * the glossary, chosen by the search parameters.
 */
export default function LessonPages({ search }: { search: string }) {
  const q = new URLSearchParams(search);
  const page = q.get('page');
  return (
    <LessonShell>
      {page === 'lesson' ? (
        <LessonPage
          key={q.get('id') ?? ''}
          id={q.get('id') ?? ''}
          section={q.get('section')}
          block={q.get('block')}
        />
      ) : page === 'glossary' ? (
        <GlossaryPage term={q.get('term')} />
      ) : (
        <LessonIndex />
      )}
    </LessonShell>
  );
}
