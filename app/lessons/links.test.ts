import { describe, expect, it } from 'vitest';
import { lessonReturnHref, playgroundFromLesson } from './links';

describe('the way from a lesson block to the playground and back', () => {
  it('carries the lesson and block beside the configuration, and leads back to them', () => {
    const href = playgroundFromLesson('v=1&data=circle', 'hidden-layers', 'circle-net');
    expect(href).toBe('?page=playground&lesson=hidden-layers&block=circle-net#v=1&data=circle');
    const search = href.slice(0, href.indexOf('#'));
    expect(lessonReturnHref(search)).toBe('?page=lesson&id=hidden-layers&block=circle-net');
  });

  it('survives names that need escaping, and offers nothing when not opened from a lesson', () => {
    const href = playgroundFromLesson('v=1', 'my lesson&x', 'a/b c');
    const search = href.slice(0, href.indexOf('#'));
    expect(new URLSearchParams(lessonReturnHref(search)!).get('id')).toBe('my lesson&x');
    expect(new URLSearchParams(lessonReturnHref(search)!).get('block')).toBe('a/b c');
    expect(lessonReturnHref('?page=playground')).toBeNull();
    expect(lessonReturnHref('')).toBeNull();
  });
});
