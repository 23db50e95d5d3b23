import { describe, expect, it } from 'vitest';
import { buildExportSource } from './exportSource';
import { pytorchScript } from './pytorchScript';
import { scriptExcerpt } from './scriptExcerpt';
import { caseConfig } from './verify/cases';

describe('the script excerpt a lesson shows', () => {
  it('is the header up to the imports and the whole Network class, one Linear per layer', () => {
    const source = buildExportSource(caseConfig('spiral', { hidden: [6, 4], activations: ['tanh', 'relu'], features: ['x1', 'x2'] }), null);
    const { head, model } = scriptExcerpt(pytorchScript(source));
    expect(head[0]).toBe('#!/usr/bin/env python3');
    expect(head.join('\n')).toContain('Network: 2 inputs (x₁, x₂) → 6 tanh → 4 relu → 1 sigmoid.');
    expect(head.at(-1)).toBe('from torch import nn');
    expect(model[0]).toBe('class Network(nn.Module):');
    expect(model.filter((l) => l.includes('nn.Linear('))).toEqual([
      '        self.layer1 = nn.Linear(2, 6)  # hidden layer 1: 6 tanh neurons',
      '        self.layer2 = nn.Linear(6, 4)  # hidden layer 2: 4 relu neurons',
      '        self.output = nn.Linear(4, 1)  # output layer: 1 sigmoid',
    ]);
    expect(model.at(-1)).toBe('        return self.output(a)');
  });
});
