import { createRequire } from 'node:module';

// Geometry and block tables of the QR standard, as published by the encoder package.
const require = createRequire(import.meta.url);
const ecc = require('qrcode/lib/core/error-correction-code') as {
  getBlocksCount(version: number, level: unknown): number;
  getTotalCodewordsCount(version: number, level: unknown): number;
};
const alignment = require('qrcode/lib/core/alignment-pattern') as {
  getPositions(version: number): [number, number][];
};
const levels = require('qrcode/lib/core/error-correction-level') as Record<string, unknown>;

/** Dark modules of a QR code drawn as an SVG of horizontal strokes (qrcode's SVG output). */
export function modulesFromSvg(svg: string): boolean[][] {
  const path = /<path[^>]*stroke="[^"]*"[^>]*d="([^"]+)"/.exec(svg)?.[1];
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  if (!path || !size) throw new Error('not a QR code SVG');
  const dark: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of path.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'm') [x, y] = [x + n[0]!, y + n[1]!];
    else if (cmd === 'h') {
      for (let c = 0; c < n[0]!; c++) dark.push([Math.floor(y), x + c]);
      x += n[0]!;
    }
  }
  const margin = Math.min(...dark.map(([, c]) => c));
  const n = size - 2 * margin;
  const grid = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const [r, c] of dark) grid[r - margin]![c - margin] = true;
  return grid;
}

const MASKS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];
const LEVEL_BY_BITS = ['M', 'L', 'H', 'Q'];
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/**
 * Read the text of a QR code from its module matrix (true = dark), as a scanner does after
 * locating it: format information, unmasking, the zigzag codeword order, de-interleaving the
 * blocks, then the numeric, alphanumeric and byte segments. Assumes an undamaged symbol (no
 * error correction is applied).
 */
export function decodeQr(m: boolean[][]): string {
  const size = m.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version > 40) throw new Error('bad size');
  const at = (r: number, c: number) => (m[r]![c] ? 1 : 0);

  let format = 0;
  for (let i = 0; i < 15; i++) {
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    format |= at(row, 8) << i;
  }
  const info = (format ^ 0x5412) >> 10;
  const level = levels[LEVEL_BY_BITS[info >> 3]!];
  const mask = MASKS[info & 7]!;

  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const block = (r0: number, c0: number, h: number, w: number) => {
    for (let r = r0; r < r0 + h; r++) for (let c = c0; c < c0 + w; c++) reserved[r]![c] = true;
  };
  block(0, 0, 9, 9);
  block(0, size - 8, 9, 8);
  block(size - 8, 0, 8, 9);
  block(6, 0, 1, size);
  block(0, 6, size, 1);
  for (const [r, c] of alignment.getPositions(version)) block(r - 2, c - 2, 5, 5);
  if (version >= 7) {
    block(0, size - 11, 6, 3);
    block(size - 11, 0, 3, 6);
  }

  const bits: number[] = [];
  let upward = true;
  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) right = 5;
    for (let k = 0; k < size; k++) {
      const r = upward ? size - 1 - k : k;
      for (const c of [right, right - 1]) {
        if (reserved[r]![c]) continue;
        bits.push(at(r, c) ^ (mask(r, c) ? 1 : 0));
      }
    }
    upward = !upward;
  }
  const total = Math.floor(bits.length / 8);
  const codewords = Array.from({ length: total }, (_, i) =>
    bits.slice(i * 8, i * 8 + 8).reduce((a, b) => (a << 1) | b, 0),
  );

  const blocks = ecc.getBlocksCount(version, level);
  const dataTotal = total - ecc.getTotalCodewordsCount(version, level);
  const shortLen = Math.floor(dataTotal / blocks);
  const longFrom = blocks - (dataTotal % blocks);
  const data: number[][] = Array.from({ length: blocks }, () => []);
  let p = 0;
  for (let i = 0; i <= shortLen; i++) {
    for (let b = 0; b < blocks; b++) {
      if (i < shortLen || b >= longFrom) data[b]!.push(codewords[p++]!);
    }
  }
  const stream = data
    .flat()
    .flatMap((byte) => [7, 6, 5, 4, 3, 2, 1, 0].map((s) => (byte >> s) & 1));

  let q = 0;
  const read = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | (stream[q++] ?? 0);
    return v;
  };
  const countBits = (small: number, mid: number, large: number) =>
    version < 10 ? small : version < 27 ? mid : large;
  const bytes: number[] = [];
  let text = '';
  const flushBytes = () => {
    text += new TextDecoder().decode(new Uint8Array(bytes));
    bytes.length = 0;
  };
  while (q + 4 <= stream.length) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 4) {
      const n = read(countBits(8, 16, 16));
      for (let i = 0; i < n; i++) bytes.push(read(8));
      continue;
    }
    flushBytes();
    if (mode === 1) {
      let n = read(countBits(10, 12, 14));
      for (; n >= 3; n -= 3) text += String(read(10)).padStart(3, '0');
      if (n === 2) text += String(read(7)).padStart(2, '0');
      if (n === 1) text += String(read(4));
    } else if (mode === 2) {
      let n = read(countBits(9, 11, 13));
      for (; n >= 2; n -= 2) {
        const v = read(11);
        text += ALNUM[Math.floor(v / 45)]! + ALNUM[v % 45]!;
      }
      if (n === 1) text += ALNUM[read(6)]!;
    } else throw new Error(`unsupported QR mode ${mode}`);
  }
  flushBytes();
  return text;
}
