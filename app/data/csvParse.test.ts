import { describe, expect, it } from 'vitest';
import { parseForImport } from './csvParse';

function bigCsv(rows: number): string {
  const lines = ['a,b,c,label'];
  for (let i = 0; i < rows; i++)
    lines.push(`${i * 0.5},${(i * 7) % 13},${-i / 3},${i % 2 ? 'yes' : 'no'}`);
  return lines.join('\n');
}

describe('parseForImport', () => {
  it('reads, previews and imports with the default columns', () => {
    const r = parseForImport({ id: 3, text: bigCsv(20), name: 'big.csv' });
    expect(r.id).toBe(3);
    expect(r.header).toEqual(['a', 'b', 'c', 'label']);
    expect(r.choice).toEqual({ target: 3, features: [0, 1, 2] });
    expect(r.preview).toHaveLength(6);
    expect(r.result!.problem).toBe('binary');
    expect(r.result!.data!.y).toHaveLength(20);
  });

  it('offers the first 10,000 rows of a larger file', () => {
    const r = parseForImport({ id: 1, text: bigCsv(10_050), name: 'big.csv' });
    expect(r.totalRows).toBe(10_050);
    expect(r.readRows).toBe(10_000);
    expect(r.result!.data!.y).toHaveLength(10_000);
  });

  it('reports an unreadable text without a result', () => {
    const r = parseForImport({ id: 1, text: '', name: 'empty.csv' });
    expect(r.error).toMatch(/empty/);
    expect(r.result).toBeNull();
  });
});
