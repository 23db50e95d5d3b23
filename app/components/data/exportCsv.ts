import { customDataToCsv } from '../../data/exportCsv';
import type { CustomData } from '../../engine/customData';

/** Save the user's data as a CSV file through the browser's download. */
export function downloadUserDataCsv(data: CustomData): void {
  const blob = new Blob([customDataToCsv(data)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(data.name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A safe file name ending in .csv: 'study-hours.csv' stays, 'Drawn points' → 'drawn-points.csv'. */
function fileName(name: string): string {
  const base = name
    .replace(/\.csv$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'my-data'}.csv`;
}
