import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import { decodeLinkWeights, encodeLinkWeights, MAX_LINK_WEIGHTS } from './linkWeights';
import type { TrainedState } from './weightsFile';

function trained(config = DEFAULT_CONFIG): TrainedState {
  const session = new TrainingSession(config);
  for (let i = 0; i < 30; i++) session.stepBatch();
  const x = session.extras();
  const norms = x.runMean.some((a) => a.length > 0);
  return {
    epoch: session.epoch,
    step: session.step,
    parameters: [...session.net.params],
    ...(norms
      ? {
          extras: {
            m: new Array<number>(session.net.params.length).fill(0),
            s: new Array<number>(session.net.params.length).fill(0),
            t: 0,
            runMean: x.runMean.map((a) => Array.from(a)),
            runVar: x.runVar.map((a) => Array.from(a)),
          },
        }
      : {}),
  };
}

describe('trained weights in a link', () => {
  it('round-trips every parameter exactly, with the epoch and step, in a link-safe text', async () => {
    const state = trained();
    const text = await encodeLinkWeights(state);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    // Smaller than the 64-bit floats written out in base64 (8 bytes → 10.7 characters each).
    expect(text.length).toBeLessThan(Math.ceil((8 * (state.parameters.length + 4) * 4) / 3));
    const back = await decodeLinkWeights(text, DEFAULT_CONFIG);
    expect(back).toEqual({ ok: true, value: state });
  });

  it('carries the batch-norm statistics a network is evaluated with', async () => {
    const config = { ...DEFAULT_CONFIG, batchNorm: true };
    const state = trained(config);
    expect(state.extras?.runMean.flat().length).toBeGreaterThan(0);
    const back = await decodeLinkWeights(await encodeLinkWeights(state), config);
    expect(back).toEqual({ ok: true, value: state });
  });

  it('refuses weights of another network with a message', async () => {
    const text = await encodeLinkWeights(trained());
    const back = await decodeLinkWeights(text, { ...DEFAULT_CONFIG, hidden: [3] });
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.error).toMatch(/parameters.*untrained/);
  });

  it('refuses an oversized value unread, and a deflate bomb before it is inflated', async () => {
    const long = await decodeLinkWeights('A'.repeat(MAX_LINK_WEIGHTS + 1), DEFAULT_CONFIG);
    expect(long).toMatchObject({ ok: false, error: expect.stringMatching(/too long/) });
    // 16 MB of zeros deflate to a few kilobytes.
    const zeros = new Uint8Array(16_000_000);
    const stream = new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    const text = Buffer.from(packed).toString('base64url');
    const bomb = await decodeLinkWeights(text, DEFAULT_CONFIG);
    expect(bomb).toMatchObject({ ok: false, error: expect.stringMatching(/larger than any/) });
  });

  it('never throws on any text and never returns a state that does not fit (property)', async () => {
    const count = trained().parameters.length;
    const real = await encodeLinkWeights(trained());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.base64String({ maxLength: 400 }).map((s) => s.replace(/=/g, '')),
          // Real values with one character changed.
          fc.integer({ min: 0, max: 300 }).map((i) => ({ at: i })),
        ),
        async (input) => {
          let text: string;
          if (typeof input === 'string') text = input;
          else {
            const k = input.at % real.length;
            text = real.slice(0, k) + (real[k] === 'A' ? 'B' : 'A') + real.slice(k + 1);
          }
          const back = await decodeLinkWeights(text, DEFAULT_CONFIG);
          if (back.ok) {
            expect(back.value.parameters).toHaveLength(count);
            expect(back.value.parameters.every(Number.isFinite)).toBe(true);
          } else expect(back.error).toMatch(/untrained/);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
