import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A Python interpreter that can import what the exported scripts need, or why there is none. */
export interface PythonFinding {
  python: string | null;
  /** What was tried, for the message when nothing was found. */
  tried: string[];
}

/**
 * Find an interpreter that imports `modules` (e.g. ['torch', 'numpy']): $PYTHON if set, then
 * Debian's system Python, then `python3` on the PATH (which may be another installation).
 */
export function findPython(modules: string[]): PythonFinding {
  const candidates = [process.env.PYTHON, '/usr/bin/python3', 'python3'].filter(
    (c): c is string => Boolean(c),
  );
  const tried: string[] = [];
  for (const python of candidates) {
    const r = spawnSync(python, ['-c', modules.map((m) => `import ${m}`).join('; ')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.status === 0) return { python, tried };
    tried.push(`${python}: ${r.error ? r.error.message : (r.stderr.trim().split('\n').pop() ?? 'failed')}`);
  }
  return { python: null, tried };
}

/** One exported script to run: predictions on raw points, and (PyTorch) epochs of training. */
export interface PythonJob {
  /** Run a script, or check an ONNX file with the onnx package's checker. */
  kind: 'pytorch' | 'numpy' | 'onnx';
  /** The file exactly as the exporter wrote it: a script's text or an ONNX model's bytes. */
  text: string | Uint8Array;
  points: number[][];
  epochs: number;
}

export interface PythonResult {
  predictions: number[][];
  losses: number[];
  error?: string;
}

const HARNESS = join(dirname(fileURLToPath(import.meta.url)), 'check_python_exports.py');

/** Write each job's script to a fresh folder and run them all in one interpreter start. */
export function runPythonJobs(python: string, jobs: PythonJob[]): PythonResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'gradient-lab-export-'));
  const list = jobs.map((j, i) => {
    const script = join(dir, `export_${i}.${j.kind === 'onnx' ? 'onnx' : 'py'}`);
    writeFileSync(script, j.text);
    return { kind: j.kind, script, points: j.points, epochs: j.epochs };
  });
  const jobsFile = join(dir, 'jobs.json');
  writeFileSync(jobsFile, JSON.stringify(list));
  const out = execFileSync(python, [HARNESS, jobsFile], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  return (JSON.parse(out) as { results: PythonResult[] }).results;
}

/**
 * Whether tests that need Python must run: always in CI (a missing interpreter is a failure
 * there, never a silent skip); on a developer's machine they are skipped with a message.
 */
export const PYTHON_REQUIRED = Boolean(process.env.CI);
