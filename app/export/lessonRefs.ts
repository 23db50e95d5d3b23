/**
 * The built-in lessons an exported script's comments point to, by concept. The ids are lesson
 * addresses (`?page=lesson&id=…`); lessonRefs.test.ts checks each id and title against the
 * lesson files, so a renamed lesson cannot leave a comment pointing nowhere.
 */
export const LESSON_REFS = {
  neuron: { id: 'one-neuron', title: 'One neuron is a line' },
  activation: { id: 'activation-functions', title: 'Activation functions' },
  forward: { id: 'forward-propagation', title: 'Forward propagation' },
  loss: { id: 'loss-and-cost', title: 'Loss and cost' },
  gradientDescent: { id: 'gradient-descent', title: 'Gradient descent on one weight' },
  batches: { id: 'batch-sizes', title: 'Batch, stochastic and mini-batch' },
  backprop: { id: 'backpropagation', title: 'Backpropagation' },
  init: { id: 'initialisation', title: 'Initialisation' },
  standardise: { id: 'standardising-inputs', title: 'Standardising inputs' },
  hidden: { id: 'hidden-layers', title: 'Hidden layers draw boundaries' },
  outputs: { id: 'classification-outputs', title: 'Classification outputs' },
  overfitting: { id: 'overfitting', title: 'Overfitting' },
  hyperparameters: { id: 'hyperparameters', title: 'Hyperparameters, the whole picture' },
} as const;

/** A concept with a lesson behind it. */
export type LessonConcept = keyof typeof LESSON_REFS;

/** The comment text naming a concept's lesson, e.g. 'lesson "Loss and cost"'. */
export function lessonNote(concept: LessonConcept): string {
  return `lesson "${LESSON_REFS[concept].title}"`;
}
