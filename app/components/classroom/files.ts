/** Offer `content` as a download named `name` (a JSON text, an SVG text or a PNG blob). */
export function downloadFile(name: string, content: Blob | string, type = 'application/json') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: lower-case words joined by hyphens, e.g. 'My deck!' → 'my-deck'. */
export function fileSlug(title: string, fallback = 'gradient-lab'): string {
  const slug = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}
