/**
 * The parts of an exported PyTorch script a lesson shows beside the diagram: its first lines
 * (what the network is, up to the imports) and the Network class (one nn.Linear per layer of
 * the diagram, and forward() in the diagram's order, left to right).
 * Example: scriptExcerpt(pytorchScript(source)).model[0] → 'class Network(nn.Module):'.
 */
export function scriptExcerpt(script: string): { head: string[]; model: string[] } {
  const lines = script.split('\n');
  const imports = lines.findIndex((l) => l.startsWith('from torch import nn'));
  const head = lines.slice(0, imports + 1);
  const start = lines.findIndex((l) => l.startsWith('class Network('));
  let end = start + 1;
  // The class ends at the first line back at the left margin.
  while (end < lines.length && (lines[end] === '' || lines[end]!.startsWith(' '))) end++;
  while (end > start && lines[end - 1] === '') end--;
  return { head, model: start < 0 ? [] : lines.slice(start, end) };
}
