import type { ExportSource } from './exportSource';
import { networkSummary, pythonData } from './pythonData';
import { pytorchModel } from './pytorchModel';
import { pytorchTraining } from './pytorchTraining';

/**
 * A self-contained, readable PyTorch script for an exported network: the data rows, the
 * feature map and standardisation constants, the same model (maxout, dropout and batch norm
 * included) with its trained weights, and the app's training loop (optimiser and its state,
 * learning-rate schedule, batch size, regularisation, example order and dropout masks).
 * It computes in float64, like the engine. Comments name the lesson behind each part.
 */
export function pytorchScript(source: ExportSource): string {
  const c = source.config;
  return [
    '#!/usr/bin/env python3',
    `"""A Gradient Lab network in PyTorch: ${source.title}.`,
    '',
    `Network: ${networkSummary(source)}.`,
    `Loss ${c.loss}, optimiser ${c.optimizer}, learning rate ${c.learningRate}, batch size ${c.batchSize}.`,
    '',
    'Run it with `python3 <this file>`: it measures the exported weights on the data, then trains',
    'EPOCHS more epochs the way Gradient Lab does after importing these weights (the same example',
    'order and dropout masks), printing the training loss after each epoch. It needs PyTorch only.',
    'Each comment names the Gradient Lab lesson that explains the line.',
    '"""',
    'import math',
    '',
    'import torch',
    'from torch import nn',
    '',
    `# The app computes in float64 (double precision); so does this script, so the numbers agree.`,
    'torch.set_default_dtype(torch.float64)',
    '',
    pythonData(source, 'torch'),
    '',
    '',
    pytorchModel(source),
    '',
    '',
    pytorchTraining(source),
    '',
  ].join('\n');
}

