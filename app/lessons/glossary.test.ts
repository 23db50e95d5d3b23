import { describe, expect, it } from 'vitest';
import { GLOSSARY, findTerm } from './glossary';

describe('glossary', () => {
  it('has unique slugs and finds terms by slug or field name', () => {
    expect(new Set(GLOSSARY.map((e) => e.slug)).size).toBe(GLOSSARY.length);
    expect(findTerm('cost')?.term).toBe('Cost');
    expect(findTerm('learningRate')?.slug).toBe('learning-rate');
    expect(findTerm('nothing')).toBeNull();
    expect(findTerm(null)).toBeNull();
  });
});
