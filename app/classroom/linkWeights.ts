import type { TrainingConfig } from '../engine/trainingConfig';
import type { Checked } from './jsonText';
import { normRowsOf, readTrainedState, type TrainedState } from './weightsFile';

/**
 * Trained weights in a share link (`w=`), so a phone opens the network the projector shows:
 * the epoch, the step, every parameter as an exact 64-bit float and, with batch norm, the
 * running statistics the network is evaluated with, deflated and written in base64url.
 * The optimiser's moments are left out (a link is for looking; training on from it starts
 * the moments afresh). Everything read back is checked against the link's network.
 */

/** The first byte of the binary form; a later layout gets a new one. */
const FORMAT = 1;
/** Longest `w=` value read (about 1.5 MB of parameters deflated); longer is refused unread. */
export const MAX_LINK_WEIGHTS = 2_000_000;
/** Most bytes an inflated value may have: more than any playground network needs. */
const MAX_INFLATED = 8 * 1_000_000;

/** One message for everything that cannot be read, with the reason after it. */
const unreadable = (why: string): Checked<TrainedState> => ({
  ok: false,
  error: `The link's trained weights could not be read (${why}); the network starts untrained.`,
});

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Run bytes through a (de)compression stream, stopping past `limit` output bytes. */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writer's own promises are only awaited there.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The `w=` value for a trained state: [format, epoch, step, parameter count, norm value count]
 * then the parameters and the batch-norm means and variances as float64, deflated.
 * Example: encodeLinkWeights({ epoch: 4, step: 80, parameters: [...25 numbers] }) → 'Y2Bg…'.
 */
export async function encodeLinkWeights(state: TrainedState): Promise<string> {
  const norms = [...(state.extras?.runMean ?? []).flat(), ...(state.extras?.runVar ?? []).flat()];
  const head = 1 + 4 * 8;
  const buffer = new ArrayBuffer(head + 8 * (state.parameters.length + norms.length));
  const view = new DataView(buffer);
  view.setUint8(0, FORMAT);
  // Counters as float64 too: whole numbers up to 2^53 stay exact.
  [state.epoch, state.step, state.parameters.length, norms.length].forEach((v, i) =>
    view.setFloat64(1 + 8 * i, v, true),
  );
  [...state.parameters, ...norms].forEach((v, i) => view.setFloat64(head + 8 * i, v, true));
  const packed = await pipe(
    new Uint8Array(buffer),
    new CompressionStream('deflate-raw'),
    Number.MAX_SAFE_INTEGER,
  );
  return toBase64Url(packed!);
}

/** Split the batch-norm values back into one list per layer, as the engine keeps them. */
function normLists(values: number[], rows: readonly number[]) {
  const half = values.length / 2;
  const split = (flat: number[]) => {
    const out: number[][] = [];
    let at = 0;
    for (const r of rows) {
      out.push(flat.slice(at, at + r));
      at += r;
    }
    return out;
  };
  return { runMean: split(values.slice(0, half)), runVar: split(values.slice(half)) };
}

/**
 * Read a link's `w=` value for the link's configuration. Never throws: anything that is not
 * a deflated state of exactly this network's shape (wrong alphabet, too long, inflating past
 * any network's size, wrong counts, non-finite numbers) gives one message and no state.
 */
export async function decodeLinkWeights(
  text: string,
  config: TrainingConfig,
): Promise<Checked<TrainedState>> {
  if (text.length > MAX_LINK_WEIGHTS) return unreadable('it is too long');
  const packed = fromBase64Url(text);
  if (!packed) return unreadable('it has characters a link does not use');
  let bytes: Uint8Array | null;
  try {
    bytes = await pipe(packed, new DecompressionStream('deflate-raw'), MAX_INFLATED);
  } catch {
    return unreadable('it is damaged');
  }
  if (!bytes) return unreadable('it is larger than any network here');
  const head = 1 + 4 * 8;
  if (bytes.length < head || bytes[0] !== FORMAT) return unreadable('its format is unknown');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [epoch, step, count, normCount] = [0, 1, 2, 3].map((i) =>
    view.getFloat64(1 + 8 * i, true),
  ) as [number, number, number, number];
  if (![count, normCount].every((n) => Number.isSafeInteger(n) && n >= 0))
    return unreadable('its counts are not whole numbers');
  if (bytes.length !== head + 8 * (count + normCount))
    return unreadable('its length does not match its counts');
  const values = Array.from({ length: count + normCount }, (_, i) =>
    view.getFloat64(head + 8 * i, true),
  );
  let normRows: number[];
  try {
    normRows = normRowsOf(config);
  } catch {
    return unreadable("the link's network cannot be built");
  }
  const totalNorm = normRows.reduce((a, b) => a + b, 0);
  if (normCount !== 2 * totalNorm && normCount !== 0)
    return unreadable("its batch-norm statistics do not match the link's network");
  const raw: Record<string, unknown> = { epoch, step, parameters: values.slice(0, count) };
  if (normCount > 0) {
    if (!values.slice(count).every(Number.isFinite))
      return unreadable('its batch-norm statistics are not finite numbers');
    const zeros = new Array<number>(count).fill(0);
    raw.extras = { m: zeros, s: zeros, t: 0, ...normLists(values.slice(count), normRows) };
  }
  const state = readTrainedState(raw, config, "The link's trained weights do not fit: ");
  return state.ok ? state : { ok: false, error: `${state.error} The network starts untrained.` };
}
