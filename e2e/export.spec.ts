import { readFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-node';
import type { Download, Locator, Page } from '@playwright/test';
import { readWeightsFile } from '../app/classroom/weightsFile';
import { mapFeaturesInto } from '../app/engine/features';
import { writeExport, type ExportedFile } from '../app/export/exportFiles';
import type { ExportFormat } from '../app/export/exportProblems';
import { buildExportSource, rawRows, type ExportSource } from '../app/export/exportSource';
import { ONNX_INPUT, ONNX_OUTPUT } from '../app/export/onnxModel';
import { restoredSession } from '../app/export/verify/cases';
import {
  enginePredict,
  engineTrajectory,
  gridPoints,
  maxDifference,
} from '../app/export/verify/engineReference';
import { findPython, PYTHON_REQUIRED, runPythonJobs } from '../app/export/verify/pythonRunner';
import { expect, test } from './fixtures';

const LABELS: Record<ExportFormat, string> = {
  pytorch: 'Export as PyTorch script',
  onnx: 'Export as ONNX model',
  tfjs: 'Export as TensorFlow.js model',
  numpy: 'Export as NumPy forward pass',
};

async function bytes(d: Download): Promise<Buffer> {
  return readFile((await d.path())!);
}

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return page.getByRole('dialog');
}

/** Click a format's button and collect the downloads it starts (TensorFlow.js gives two). */
async function download(page: Page, dialog: Locator, format: ExportFormat) {
  const count = format === 'tfjs' ? 2 : 1;
  const files: { name: string; data: Buffer }[] = [];
  const all = new Promise<void>((resolve) => {
    const on = async (d: Download) => {
      files.push({ name: d.suggestedFilename(), data: await bytes(d) });
      if (files.length === count) {
        page.off('download', on);
        resolve();
      }
    };
    page.on('download', on);
  });
  await dialog.getByRole('button', { name: LABELS[format] }).click();
  await all;
  await expect(dialog.getByRole('status')).toContainText('Saved');
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The page's file against the exporter's output for the same network in Node. The data sets
 * are generated with Math.sin and friends, whose last bit can differ between the browser's
 * JavaScript engine and Node's, so numbers are compared to 12 significant digits and float32
 * weights to one part in 1e7; everything else must be identical.
 */
function expectSameFile(name: string, got: Buffer, want: Buffer) {
  if (name.endsWith('.py') || name.endsWith('.json')) {
    const digits = (t: string) =>
      t.replace(/-?\d+\.\d+(e[-+]?\d+)?/g, (m) => Number(m).toPrecision(12));
    expect(digits(got.toString('utf8')), name).toBe(digits(want.toString('utf8')));
  } else if (name.endsWith('.bin')) {
    const a = new Float32Array(new Uint8Array(got).buffer);
    const b = new Float32Array(new Uint8Array(want).buffer);
    expect(a.length, name).toBe(b.length);
    a.forEach((v, i) =>
      expect(Math.abs(v - b[i]!), `${name}[${i}]`).toBeLessThanOrEqual(
        1e-7 * Math.max(1, Math.abs(v)),
      ),
    );
  } else {
    // ONNX: the same size (float32 data is fixed-width); its numbers are checked by running it.
    expect(got.length, name).toBe(want.length);
  }
}

function asBuffer(f: ExportedFile): Buffer {
  return typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
}

test.describe('export to other frameworks', () => {
  test('each format downloads from the panel, is the file the tests verify, and matches the engine', async ({
    playground,
    page,
  }) => {
    test.setTimeout(180_000);
    await playground.open(
      'v=1&data=moons&layers=5,4&act=maxout,tanh&drop=0.1&opt=adam&lr=0.01&seed=4',
    );
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => playground.number('Epoch')).toBe(2);
    const dialog = await openExport(page);
    const dl = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download configuration and weights' }).click();
    const weights = readWeightsFile((await bytes(await dl)).toString('utf8'));
    if (!weights.ok) throw new Error(weights.error);
    const { config, state } = weights.value;
    const source: ExportSource = buildExportSource(config, state);

    const downloaded: Partial<Record<ExportFormat, { name: string; data: Buffer }[]>> = {};
    for (const format of ['pytorch', 'onnx', 'tfjs', 'numpy'] as const) {
      const files = await download(page, dialog, format);
      // The very files the unit tests check: the exporter's output for this network.
      const expected = await writeExport(source, format);
      if (!expected.ok) throw new Error(expected.error);
      expect(files.map((f) => f.name)).toEqual(expected.files.map((f) => f.name).sort());
      const byName = new Map(expected.files.map((f) => [f.name, asBuffer(f)]));
      for (const f of files) expectSameFile(f.name, f.data, byName.get(f.name)!);
      downloaded[format] = files;
    }

    // And they compute what the engine computes.
    const points = [...rawRows(source.data, 'train'), ...gridPoints(source.data, 11)];
    const c = { name: 'e2e', config, before: 0 };
    const expected = enginePredict(restoredSession(c, state), points);
    const onnx = await ort.InferenceSession.create(downloaded.onnx![0]!.data);
    const out = (
      await onnx.run({
        [ONNX_INPUT]: new ort.Tensor('float32', Float32Array.from(points.flat()), [
          points.length,
          2,
        ]),
      })
    )[ONNX_OUTPUT]!;
    const onnxRows = points.map((_, i) => [(out.data as Float32Array)[i]!]);
    const onnxGap = maxDifference(onnxRows, expected);
    expect(onnxGap).toBeLessThan(1e-5);

    const [bin, json] = downloaded.tfjs!.slice().sort((a) => (a.name.endsWith('.bin') ? -1 : 1));
    const manifest = JSON.parse(json!.data.toString('utf8')) as tf.io.ModelJSON;
    const model = await tf.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: manifest.modelTopology,
        weightSpecs: manifest.weightsManifest[0]!.weights,
        weightData: new Uint8Array(bin!.data).buffer,
      }),
    );
    const featureRows = points.map((r) => {
      const x = new Float64Array(source.data.width);
      mapFeaturesInto(r, 0, 2, source.data.features, x, 0);
      return Array.from(x);
    });
    const tfjsRows = (await (
      model.predict(tf.tensor2d(featureRows)) as tf.Tensor
    ).array()) as number[][];
    const tfjsGap = maxDifference(tfjsRows, expected);
    expect(tfjsGap).toBeLessThan(1e-5);

    const python = findPython(['torch', 'numpy']);
    if (!python.python) {
      expect(
        PYTHON_REQUIRED,
        `no Python with torch and numpy (tried ${python.tried.join('; ')})`,
      ).toBe(false);
      return;
    }
    const [torchRun, numpyRun] = runPythonJobs(python.python, [
      { kind: 'pytorch', text: downloaded.pytorch![0]!.data.toString('utf8'), points, epochs: 5 },
      { kind: 'numpy', text: downloaded.numpy![0]!.data.toString('utf8'), points, epochs: 0 },
    ]);
    expect(torchRun!.error).toBeUndefined();
    expect(numpyRun!.error).toBeUndefined();
    const torchGap = maxDifference(torchRun!.predictions, expected);
    const numpyGap = maxDifference(numpyRun!.predictions, expected);
    const trajectory = maxDifference(
      [torchRun!.losses],
      [engineTrajectory(restoredSession(c, state), 5)],
    );
    console.log(
      `downloaded exports vs engine: onnx ${onnxGap.toExponential(2)}, tfjs ${tfjsGap.toExponential(2)}, pytorch ${torchGap.toExponential(2)} (5 epochs ${trajectory.toExponential(2)}), numpy ${numpyGap.toExponential(2)}`,
    );
    expect(torchGap).toBeLessThan(1e-9);
    expect(numpyGap).toBeLessThan(1e-9);
    expect(trajectory).toBeLessThan(1e-6);
  });

  test('a network a format cannot express gets a message and no file; scenes export too', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&data=xor&layers=4&act=tanh&bn=1&seed=2');
    let downloads = 0;
    page.on('download', () => downloads++);
    const dialog = await openExport(page);
    await dialog.getByRole('button', { name: LABELS.numpy }).click();
    await expect(dialog.getByRole('alert')).toContainText('covers networks without batch norm');
    await expect(dialog.getByRole('alert')).toContainText('turn Batch norm off');
    expect(downloads).toBe(0);
    await page.keyboard.press('Escape');

    // A scene saved with its weights exports as it was saved.
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    await page.getByRole('button', { name: 'Scenes', exact: true }).click();
    const scenes = page.getByRole('dialog');
    await scenes.getByLabel('New scene title').fill('After one epoch');
    await scenes.getByLabel('Include trained weights').check();
    await scenes.getByRole('button', { name: 'Add current state as scene' }).click();
    await expect(
      scenes.getByRole('list', { name: 'Scenes in the deck' }).getByRole('listitem'),
    ).toHaveCount(1);
    await page.keyboard.press('Escape');
    await playground.button('Reset').click();
    await expect.poll(() => playground.number('Epoch')).toBe(0);
    const again = await openExport(page);
    await again
      .getByLabel('Network to export')
      .selectOption({ label: 'Scene 1: After one epoch (epoch 1)' });
    const [file] = await download(page, again, 'pytorch');
    expect(file!.name).toBe('gradient_lab_xor_epoch_1.py');
    expect(file!.data.toString('utf8')).toContain('class BatchNorm(nn.Module)');
  });

  test('exporting the heavy network: time per format', async ({ playground, page }) => {
    await playground.open(
      'v=1&data=spiral&feat=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&layers=8,8,8,8,8,8&act=tanh,tanh,tanh,tanh,tanh,tanh&lr=0.03&batch=10&seed=1',
    );
    const dialog = await openExport(page);
    const times: string[] = [];
    for (const format of ['pytorch', 'onnx', 'tfjs', 'numpy'] as const) {
      await download(page, dialog, format);
      times.push(
        `${format} ${(await dialog.getByRole('status').textContent())?.match(/written in (\d+) ms/)?.[1]} ms`,
      );
    }
    // A measurement for the report, not a timed assertion: benchmarks own speed.
    console.log(
      `heavy network export (first export of each format includes loading its library): ${times.join(', ')}`,
    );
    expect(times).toHaveLength(4);
  });
});

test('the last lesson shows the network trained in the lesson before it beside its PyTorch script', async ({ page, pageErrors }) => {
  test.setTimeout(120_000);
  void pageErrors;
  await page.goto('./?page=lesson&id=hyperparameters');
  // The challenge's network (the lesson's width sweep comes before it and trains another).
  const challenge = page.getByRole('region', { name: 'Hyperparameter challenge' });
  // Only one block of a page is live; the first (the sweep) is, so this one loads first.
  await challenge.getByRole('button', { name: /^Load / }).click();
  await expect(challenge.getByText('Live', { exact: true })).toBeVisible();
  await challenge.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await challenge.getByLabel('Epoch', { exact: true }).textContent()), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
  await challenge.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('link', { name: /Next: Where to go next/ }).click();
  await expect(page).toHaveURL(/id=where-next/);

  const widget = page.getByRole('region', { name: 'Your network in PyTorch' });
  const script = widget.getByRole('figure', { name: 'The first lines of the PyTorch script' });
  // The script is written after the exporter's chunk loads: seconds on a loaded machine.
  await expect(script).toContainText('class Network(nn.Module):', { timeout: 20_000 });
  // Lesson 13's spiral network, hidden layers of 6 and 4, as trained there.
  await expect(script).toContainText('hidden layer 1: 6 tanh neurons');
  await expect(script).toContainText('hidden layer 2: 4 tanh neurons');
  const caption = (await script.locator('figcaption').textContent()) ?? '';
  const epoch = Number(/epoch (\d+)/.exec(caption)?.[1]);
  expect(epoch).toBeGreaterThanOrEqual(3);
  await expect(widget.getByRole('region', { name: 'Network' }).locator('svg').first()).toBeVisible();

  // The parameter checkpoint is checked against the exported network.
  const heading = (await widget.getByRole('region', { name: 'Network' }).locator('.panel-title').textContent()) ?? '';
  const parameters = /(\d+) parameters/.exec(heading)?.[1];
  const count = page.getByRole('region', { name: /How many trainable numbers/ });
  await count.getByLabel('Your answer').fill(parameters!);
  await count.getByRole('button', { name: 'Check' }).click();
  await expect(count).toContainText('Passed.');

  const [file] = await download(page, widget, 'pytorch');
  expect(file!.name).toBe(`gradient_lab_spiral_epoch_${epoch}.py`);
  expect(file!.data.toString('utf8')).toContain(`A Gradient Lab network in PyTorch: spiral, epoch ${epoch}.`);
});
