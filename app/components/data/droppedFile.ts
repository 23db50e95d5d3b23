/** A file dropped on the page, waiting for the import dialog to open and take it. */
let pending: File | null = null;

/** Keep a dropped file for the import dialog. */
export function holdDroppedFile(file: File): void {
  pending = file;
}

/** The file dropped on the page, once (null when there is none). */
export function takeDroppedFile(): File | null {
  const f = pending;
  pending = null;
  return f;
}

/** Whether a drag carries files (not text or a link). */
export function dragHasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/** Whether a file is likely a text table: .csv, .tsv or .txt, or any text type. */
export function looksLikeTable(file: File): boolean {
  return /\.(csv|tsv|txt)$/i.test(file.name) || file.type.startsWith('text/');
}
