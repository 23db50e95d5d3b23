import onnxProto from 'onnx-proto';
import type { onnx } from 'onnx-proto';
import { BN_EPSILON } from '../engine/network';
import { ACTIVATION_FORMS } from './activationForms';
import type { ExportLayer, ExportSource } from './exportSource';
import { inputTerms } from './featureTerms';
import { networkSummary } from './pythonData';

/** The operator set the graph uses (ReduceMax still takes `axes` as an attribute there). */
export const ONNX_OPSET = 13;
/** Names of the graph's input and output, for callers and the documentation. */
export const ONNX_INPUT = 'raw_inputs';
export const ONNX_OUTPUT = 'outputs';

// onnx-proto is CommonJS: its one export object holds the generated `onnx` namespace.
const { TensorProto, AttributeProto, ModelProto } = onnxProto.onnx;

type Attribute = onnx.IAttributeProto;
const intAttr = (name: string, i: number): Attribute => ({ name, type: AttributeProto.AttributeType.INT, i });
const intsAttr = (name: string, ints: number[]): Attribute => ({ name, type: AttributeProto.AttributeType.INTS, ints });
const floatAttr = (name: string, f: number): Attribute => ({ name, type: AttributeProto.AttributeType.FLOAT, f });

/** Collects nodes and initialisers while the graph is written top to bottom. */
class GraphBuilder {
  readonly nodes: onnx.INodeProto[] = [];
  readonly initializers: onnx.ITensorProto[] = [];

  floats(name: string, dims: number[], values: ArrayLike<number>): string {
    this.initializers.push({ name, dims, dataType: TensorProto.DataType.FLOAT, floatData: Array.from(values) });
    return name;
  }

  ints(name: string, values: number[]): string {
    this.initializers.push({ name, dims: [values.length], dataType: TensorProto.DataType.INT64, int64Data: values });
    return name;
  }

  node(op: string, inputs: string[], output: string, attribute: Attribute[] = []): string {
    this.nodes.push({ opType: op, input: inputs, output: [output], name: output, attribute });
    return output;
  }
}

/** The feature map and standardisation as graph ops: raw columns in, network inputs out. */
function preprocessing(g: GraphBuilder, source: ExportSource): string {
  const { data } = source;
  const terms = inputTerms(data.features, data.dataset.dims);
  let x = ONNX_INPUT;
  if (data.dataset.dims <= 2) {
    const column = (c: number) => {
      const name = `x${c + 1}`;
      if (!g.nodes.some((n) => n.output?.[0] === name)) {
        g.node('Gather', [ONNX_INPUT, g.ints(`column_${c + 1}`, [c])], name, [intAttr('axis', 1)]);
      }
      return name;
    };
    const columns = terms.map((t, i) => {
      const name = `feature_${i + 1}`;
      if (t.kind === 'column') return column(t.column);
      if (t.kind === 'sin') return g.node('Sin', [column(t.column)], name);
      return g.node('Mul', [column(t.columns[0]), column(t.columns[1])], name);
    });
    x = g.node('Concat', columns, 'features', [intAttr('axis', 1)]);
  }
  const s = data.standardizer;
  if (!s) return x;
  const w = data.width;
  const shifted = g.node('Sub', [x, g.floats('feature_mean', [w], s.mean)], 'features_minus_mean');
  return g.node('Div', [shifted, g.floats('feature_std', [w], s.std)], 'network_inputs');
}

/** One layer: Gemm (z = a·Wᵀ + b), batch norm with the running statistics, maxout or activation. */
function layerOps(g: GraphBuilder, l: ExportLayer, input: string, output: string): string {
  const p = l.plan;
  const tag = l.isOutput ? 'output' : `hidden${l.number}`;
  const w = g.floats(`${tag}_weight`, [p.rows, p.fanIn], l.weight.flat());
  const b = g.floats(`${tag}_bias`, [p.rows], l.bias);
  let z = g.node('Gemm', [input, w, b], `${tag}_z`, [intAttr('transB', 1)]);
  if (l.norm) {
    const n = l.norm;
    z = g.node(
      'BatchNormalization',
      [
        z,
        g.floats(`${tag}_gamma`, [p.rows], n.gamma),
        g.floats(`${tag}_beta`, [p.rows], n.beta),
        g.floats(`${tag}_running_mean`, [p.rows], n.runMean),
        g.floats(`${tag}_running_var`, [p.rows], n.runVar),
      ],
      `${tag}_normalised`,
      [floatAttr('epsilon', BN_EPSILON)],
    );
  }
  if (p.pieces > 1) {
    const pieces = g.node('Reshape', [z, g.ints(`${tag}_pieces_shape`, [-1, p.units, p.pieces])], `${tag}_pieces`);
    return g.node('ReduceMax', [pieces], output, [intsAttr('axes', [2]), intAttr('keepdims', 0)]);
  }
  const form = ACTIVATION_FORMS[p.act]!.onnx;
  const attrs = [
    ...(form.alpha ? [floatAttr('alpha', p.alpha)] : []),
    ...(form.axis ? [intAttr('axis', 1)] : []),
  ];
  return g.node(form.op, [z], output, attrs);
}

/** What the graph expects and returns, kept in the file's documentation. */
export function onnxDocumentation(source: ExportSource): string {
  const { data } = source;
  const input =
    data.dataset.dims > 2
      ? `the raw columns ${data.dataset.inputNames.join(', ')}`
      : `the raw columns ${data.dataset.inputNames.join(', ')}; the graph computes the features ${data.featureNames.join(', ')}${data.standardizer ? ' and standardises them with the training split\'s mean and std' : ''}`;
  return [
    `Gradient Lab network (${source.title}): ${networkSummary(source)}.`,
    `Input "${ONNX_INPUT}": float32 [n, ${data.dataset.dims}], ${input}.`,
    `Output "${ONNX_OUTPUT}": float32 [n, ${data.outputs}], the output layer's activations (what the app plots).`,
    'Inference only: dropout is off and batch norm uses its running averages.',
  ].join(' ');
}

/**
 * The trained network as an ONNX model (opset 13, float32): the feature map and
 * standardisation as graph ops, then each layer as Gemm, BatchNormalization, maxout
 * (Reshape + ReduceMax) and its activation. Encoded with the official ONNX protobuf schema.
 */
export function onnxModel(source: ExportSource): Uint8Array {
  const g = new GraphBuilder();
  let a = preprocessing(g, source);
  source.layers.forEach((l) => {
    a = layerOps(g, l, a, l.isOutput ? ONNX_OUTPUT : `hidden${l.number}_a`);
  });
  const tensor = (name: string, width: number, doc: string): onnx.IValueInfoProto => ({
    name,
    docString: doc,
    type: {
      tensorType: {
        elemType: TensorProto.DataType.FLOAT,
        shape: { dim: [{ dimParam: 'n' }, { dimValue: width }] },
      },
    },
  });
  const { data } = source;
  const model: onnx.IModelProto = {
    irVersion: 7,
    producerName: 'Gradient Lab',
    docString: onnxDocumentation(source),
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    metadataProps: [
      { key: 'raw_columns', value: JSON.stringify(data.dataset.inputNames) },
      { key: 'features', value: JSON.stringify(data.featureNames) },
      { key: 'epoch', value: String(source.epoch) },
    ],
    graph: {
      name: 'gradient_lab_network',
      node: g.nodes,
      initializer: g.initializers,
      input: [tensor(ONNX_INPUT, data.dataset.dims, `raw columns: ${data.dataset.inputNames.join(', ')}`)],
      output: [tensor(ONNX_OUTPUT, data.outputs, 'output activations')],
    },
  };
  return ModelProto.encode(ModelProto.create(model)).finish();
}
