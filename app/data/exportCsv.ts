import type { CustomData } from '../engine/customData';
import { writeCsv } from './csvText';

/**
 * The user's data as CSV text: a header of the input names and the target name, then one
 * row per example, classes written by name so the file imports back as the same data.
 * Example (drawn, classes A/B): 'x₁,x₂,class\n1,2,A\n-3,0.5,B\n'.
 */
export function customDataToCsv(data: CustomData): string {
  const rows: string[][] = [[...data.inputNames, data.targetName]];
  for (let i = 0; i < data.y.length; i++) {
    const x = data.x.slice(i * data.dims, (i + 1) * data.dims).map(String);
    const y = data.y[i]!;
    rows.push([
      ...x,
      data.problem === 'regression' ? String(y) : (data.classNames[y] ?? String(y)),
    ]);
  }
  return writeCsv(rows);
}
