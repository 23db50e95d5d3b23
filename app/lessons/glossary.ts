/** One glossary entry: the term, a plain definition, and where it is taught. */
export interface GlossaryEntry {
  slug: string;
  term: string;
  definition: string;
  /** Lesson id that teaches it. */
  lesson: string;
  /** Playground field names whose help links here (e.g. learningRate). */
  fields?: string[];
}

/**
 * The short glossary linked from lesson text (`[cost](glossary:cost)`) and from the
 * playground's field help (`?page=glossary&term=learningRate`).
 */
export const GLOSSARY: GlossaryEntry[] = [
  {
    slug: 'neuron',
    term: 'Neuron',
    lesson: 'one-neuron',
    definition:
      'A unit that multiplies each input by a weight, adds them up with a bias to get z, and passes z through an activation function to give its output a.',
  },
  {
    slug: 'weight',
    term: 'Weight',
    lesson: 'one-neuron',
    definition:
      'A number on a connection that says how strongly an input pushes a neuron up or down. Training changes the weights.',
  },
  {
    slug: 'bias',
    term: 'Bias',
    lesson: 'one-neuron',
    definition:
      'A number added to a neuron’s weighted sum. It lets the neuron’s output be non-zero when every input is zero.',
  },
  {
    slug: 'activation-function',
    term: 'Activation function',
    lesson: 'activation-functions',
    fields: ['activations', 'outputActivation'],
    definition:
      'The function f that turns a neuron’s sum z into its output a = f(z), such as sigmoid, tanh or ReLU. Without a non-linear one, a network can only draw straight lines.',
  },
  {
    slug: 'forward-propagation',
    term: 'Forward propagation',
    lesson: 'forward-propagation',
    definition:
      'Computing a network’s output from its input, one layer at a time: every neuron computes z = w·x + b, then a = f(z), and passes a on.',
  },
  {
    slug: 'loss',
    term: 'Loss',
    lesson: 'loss-and-cost',
    fields: ['loss'],
    definition:
      'A number that says how wrong one prediction is. Here the squared-error loss is ½(ŷ − y)².',
  },
  {
    slug: 'cost',
    term: 'Cost',
    lesson: 'loss-and-cost',
    definition:
      'The average of the losses over a batch of examples: the single number training tries to make small.',
  },
  {
    slug: 'gradient',
    term: 'Gradient',
    lesson: 'gradient-descent',
    definition:
      'The slope of the cost with respect to each weight: how much the cost would change if that weight moved a little.',
  },
  {
    slug: 'gradient-descent',
    term: 'Gradient descent',
    lesson: 'gradient-descent',
    definition:
      'Training by small steps downhill: each weight moves by learning rate × slope in the direction that lowers the cost.',
  },
  {
    slug: 'learning-rate',
    term: 'Learning rate',
    lesson: 'gradient-descent',
    fields: ['learningRate'],
    definition:
      'How big a step gradient descent takes: step = learning rate × slope. Too small is slow; too large overshoots or diverges.',
  },
  {
    slug: 'epoch',
    term: 'Epoch',
    lesson: 'batch-sizes',
    fields: ['stopEpochs'],
    definition: 'One pass over every training example.',
  },
  {
    slug: 'batch-size',
    term: 'Batch size',
    lesson: 'batch-sizes',
    fields: ['batchSize'],
    definition:
      'How many examples are averaged for one step. One example is stochastic, all of them is full batch, anything between is mini-batch.',
  },
  {
    slug: 'backpropagation',
    term: 'Backpropagation',
    lesson: 'backpropagation',
    definition:
      'The chain rule applied layer by layer from the output back to the input, giving the slope of the cost for every weight and bias in one backward pass.',
  },
  {
    slug: 'initialisation',
    term: 'Initialisation',
    lesson: 'initialisation',
    fields: ['init', 'initScale'],
    definition:
      'The weights a network starts from. Equal weights make neurons identical forever; small random weights break that symmetry.',
  },
  {
    slug: 'standardisation',
    term: 'Standardisation',
    lesson: 'standardising-inputs',
    fields: ['standardize'],
    definition:
      'Rescaling each input column to mean 0 and standard deviation 1, so inputs on very different scales get comparable slopes.',
  },
  {
    slug: 'hidden-layer',
    term: 'Hidden layer',
    lesson: 'hidden-layers',
    fields: ['hidden'],
    definition:
      'A layer between the inputs and the output. Its neurons build intermediate features that the next layer combines.',
  },
  {
    slug: 'decision-boundary',
    term: 'Decision boundary',
    lesson: 'hidden-layers',
    definition:
      'The line or curve where a classifier’s answer switches from one class to the other.',
  },
  {
    slug: 'softmax',
    term: 'Softmax',
    lesson: 'classification-outputs',
    definition:
      'An output function that turns one score per class into probabilities that are positive and add up to 1.',
  },
  {
    slug: 'cross-entropy',
    term: 'Cross-entropy',
    lesson: 'classification-outputs',
    definition:
      'The loss for probabilities: minus the log of the probability the network gave to the right class.',
  },
  {
    slug: 'overfitting',
    term: 'Overfitting',
    lesson: 'overfitting',
    definition:
      'Learning the training examples, noise included, so well that new examples are predicted worse: training loss falls while test loss rises.',
  },
  {
    slug: 'validation-set',
    term: 'Validation set',
    lesson: 'overfitting',
    fields: ['validation'],
    definition:
      'Examples held out of training and used to make choices (when to stop, which settings are best). The test set is then kept for one final, honest measurement: tuning on it would make its score optimistic.',
  },
  {
    slug: 'early-stopping',
    term: 'Early stopping',
    lesson: 'overfitting',
    fields: ['patience'],
    definition:
      'Stopping training once the validation loss has not improved for a number of epochs (the patience), and going back to the weights of its best epoch.',
  },
  {
    slug: 'regularisation',
    term: 'Regularisation',
    lesson: 'overfitting',
    fields: ['regularization', 'regRate', 'dropout'],
    definition:
      'Anything that discourages a network from fitting noise: an L2 or L1 penalty on weights, dropout, early stopping, more data.',
  },
  {
    slug: 'dropout',
    term: 'Dropout',
    lesson: 'overfitting',
    definition:
      'During training, switching off each hidden neuron at random with a given probability, so no neuron can rely on any single other one.',
  },
  {
    slug: 'batch-normalisation',
    term: 'Batch normalisation',
    lesson: 'overfitting',
    fields: ['batchNorm'],
    definition:
      'Rescaling each neuron’s z over the mini-batch to mean 0 and spread 1, then letting the network learn its own scale and shift.',
  },
  {
    slug: 'hyperparameter',
    term: 'Hyperparameter',
    lesson: 'hyperparameters',
    fields: ['optimizer', 'momentum'],
    definition:
      'A setting chosen before training rather than learned: learning rate, layers, neurons, activation, batch size, epochs, dropout.',
  },
];

/**
 * The entry for a slug or a playground field name, or null.
 * Example: findTerm('learningRate')?.slug → 'learning-rate'.
 */
export function findTerm(term: string | null): GlossaryEntry | null {
  if (!term) return null;
  return GLOSSARY.find((e) => e.slug === term || e.fields?.includes(term)) ?? null;
}
