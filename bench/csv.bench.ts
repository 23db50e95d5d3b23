/**
 * Reading the user's CSV files: rows per second through the import path the CSV worker runs
 * (text → columns → the data set), at the sizes a class uses and at the row limit's order.
 * Run by `npm run bench` after the engine tables.
 */
import { parseForImport } from '../app/data/csvParse';

function csvText(rows: number): string {
  const lines = ['area,rooms,age,label'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${(i * 0.5).toFixed(1)},${(i * 7) % 13},${(-i / 3).toFixed(3)},${i % 2 ? 'yes' : 'no'}`,
    );
  return lines.join('\n');
}

const sizes = [200, 2_000, 10_000];
console.log('\nCSV import (parseForImport: read, detect, columns, data set), median of 5');
console.log('| rows   | ms    | rows/s     |');
console.log('|--------|-------|------------|');
for (const n of sizes) {
  const text = csvText(n);
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    parseForImport({ id: k, text, name: 'bench.csv' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[2]!;
  console.log(
    `| ${String(n).padEnd(6)} | ${ms.toFixed(1).padStart(5)} | ${Math.round((n / ms) * 1000)
      .toLocaleString('en-US')
      .padStart(10)} |`,
  );
}
