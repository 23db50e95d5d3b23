import type { GridValues } from '../engine/sessionTypes';
import { binaryColor, colorTable } from './colors';
import type { NeuronGeometry } from './networkLayout';

/** How a picture's values meet the diverging scale: t = (v − center) / halfRange, clamped to ±1. */
export interface ValueScale {
  center: number;
  halfRange: number;
}

/**
 * Where one neuron's picture sits in a flat array: values[start + i·stride] for i < count.
 * count is res·res for the plane (drawn res × res) or res for a 1-D data set (drawn as a strip).
 */
export interface PictureSource {
  values: Float32Array;
  start: number;
  count: number;
  stride: number;
  activation: string;
}

/** A neuron's square on the diagram and its picture. */
export interface NeuronPicture {
  node: NeuronGeometry;
  source: PictureSource;
}

/**
 * Scale for a picture. Bounded activations keep their own range so pictures compare across
 * neurons (tanh: −1..1 about 0; sigmoid and softmax: 0..1 about 0.5); unbounded ones (relu,
 * linear, maxout, input features…) are normalised per neuron by their largest |v|.
 */
export function pictureScale(source: PictureSource): ValueScale {
  if (source.activation === 'tanh') return { center: 0, halfRange: 1 };
  if (source.activation === 'sigmoid' || source.activation === 'softmax')
    return { center: 0.5, halfRange: 0.5 };
  let max = 0;
  const { values, start, count, stride } = source;
  for (let i = 0; i < count; i++) {
    const v = Math.abs(values[start + i * stride] ?? 0);
    if (v > max && Number.isFinite(v)) max = v;
  }
  return { center: 0, halfRange: max > 0 ? max : 1 };
}

/** Picture width × height in pixels: res × res when count is a square, else a count × 1 strip. */
export function pictureDims(count: number): { width: number; height: number } {
  const res = Math.round(Math.sqrt(count));
  return res * res === count ? { width: res, height: res } : { width: count, height: 1 };
}

const LUT_SIZE = 256;
/** Orange (negative) → near-white (0) → blue (positive), as packed RGB bytes. */
const DIVERGING = colorTable(binaryColor, LUT_SIZE);

/**
 * Write a picture as RGBA bytes into `out` (length ≥ 4·count): value v gets the diverging colour
 * at t = (v − center) / halfRange ∈ [−1, 1]; non-finite values are drawn grey.
 */
export function fillPicturePixels(
  source: PictureSource,
  scale: ValueScale,
  out: Uint8ClampedArray,
): void {
  const { values, start, count, stride } = source;
  const half = (LUT_SIZE - 1) / 2;
  for (let i = 0; i < count; i++) {
    const v = values[start + i * stride] ?? Number.NaN;
    const o = i * 4;
    if (!Number.isFinite(v)) {
      out[o] = out[o + 1] = out[o + 2] = 160;
    } else {
      const t = Math.max(-1, Math.min(1, (v - scale.center) / scale.halfRange));
      const k = Math.round((t + 1) * half) * 3;
      out[o] = DIVERGING[k]!;
      out[o + 1] = DIVERGING[k + 1]!;
      out[o + 2] = DIVERGING[k + 2]!;
    }
    out[o + 3] = 255;
  }
}

/**
 * Match each neuron with its picture: inputs with `inputPictures` (or `grid.features`), hidden
 * neurons with `grid.neurons` (slot-major, np values each), outputs with `grid.output`
 * (pixel-major: output[p·outputs + unit]). Neurons with no data get no picture.
 */
export function neuronPictures(
  nodes: readonly NeuronGeometry[],
  grid: GridValues | undefined,
  inputPictures?: Float32Array,
): NeuronPicture[] {
  const inputs = nodes.filter((n) => n.kind === 'input').length;
  const features = inputPictures ?? grid?.features;
  const pictures: NeuronPicture[] = [];
  for (const node of nodes) {
    let source: PictureSource | null = null;
    if (node.kind === 'input' && features && inputs > 0) {
      const count = Math.floor(features.length / inputs);
      source = {
        values: features,
        start: node.slot * count,
        count,
        stride: 1,
        activation: 'input',
      };
    } else if (node.kind === 'hidden' && grid?.neurons && grid.neuronCount > 0) {
      const count = Math.floor(grid.neurons.length / grid.neuronCount);
      const start = node.slot * count;
      if (start + count <= grid.neurons.length)
        source = { values: grid.neurons, start, count, stride: 1, activation: node.activation };
    } else if (node.kind === 'output' && grid && node.unit < grid.outputs) {
      const count = Math.floor(grid.output.length / grid.outputs);
      const start = node.unit;
      source = {
        values: grid.output,
        start,
        count,
        stride: grid.outputs,
        activation: node.activation,
      };
    }
    if (source && source.count > 0) pictures.push({ node, source });
  }
  return pictures;
}

/** A small reusable off-screen canvas each picture is written into before it is scaled up. */
export interface PictureBuffer {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D | null;
  image: ImageData | null;
}

/** Create the off-screen buffer once per diagram. */
export function createPictureBuffer(): PictureBuffer {
  const canvas = document.createElement('canvas');
  return { canvas, context: canvas.getContext('2d'), image: null };
}

/**
 * Paint every picture into its neuron's square on `ctx` (whose pixels are CSS px · dpr): one
 * putImageData into the small buffer, then one scaled drawImage, clipped to a rounded square.
 */
export function paintNeuronPictures(
  ctx: CanvasRenderingContext2D,
  pictures: readonly NeuronPicture[],
  buffer: PictureBuffer,
  dpr: number,
): void {
  const bctx = buffer.context;
  if (!bctx) return;
  ctx.imageSmoothingEnabled = true;
  for (const { node, source } of pictures) {
    const { width, height } = pictureDims(source.count);
    if (buffer.canvas.width !== width || buffer.canvas.height !== height || !buffer.image) {
      buffer.canvas.width = width;
      buffer.canvas.height = height;
      buffer.image = bctx.createImageData(width, height);
    }
    fillPicturePixels(source, pictureScale(source), buffer.image.data);
    bctx.putImageData(buffer.image, 0, 0);
    const s = node.size * dpr;
    const x = (node.x - node.size / 2) * dpr;
    const y = (node.y - node.size / 2) * dpr;
    ctx.save();
    ctx.beginPath();
    if (typeof ctx.roundRect === 'function') ctx.roundRect(x, y, s, s, 4 * dpr);
    else ctx.rect(x, y, s, s);
    ctx.clip();
    ctx.drawImage(buffer.canvas, x, y, s, s);
    ctx.restore();
  }
}
