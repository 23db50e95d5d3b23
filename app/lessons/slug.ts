/**
 * A heading or id as a URL-safe slug: lower case, letters and digits joined by single dashes.
 * Example: sectionSlug('Why $w$ moves: the slope!') → 'why-w-moves-the-slope'.
 */
export function sectionSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
