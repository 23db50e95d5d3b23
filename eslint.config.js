import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/*
 * The layers, as drawn in the README's Architecture section. Each folder lists the app folders
 * it may import; everything else is an error. Type-only imports of the worker's protocol are
 * allowed wherever the UI talks about the worker's messages.
 *
 *   engine ← worker ← store ← components ← lessons ← App
 *   engine ← data, classroom, export, lesson content   (pure: no UI libraries, no DOM)
 *   engine ← charts ← components, lessons
 */
const FOLDERS = [
  'engine',
  'worker',
  'store',
  'charts',
  'components',
  'lessons',
  'classroom',
  'data',
  'export',
];
/** The pure lesson-content modules (parser, blocks, checkpoints…): no React, store or DOM. */
const LESSON_CONTENT = [
  'blocks',
  'checkpoints',
  'claimCheck',
  'claims',
  'customLesson',
  'glossary',
  'lessonBudget',
  'lessonConfig',
  'lessonFiles',
  'links',
  'mathCheck',
  'parseLesson',
  'progress',
  'slug',
  'widgetGuide',
  'widgetSpecs',
  'yamlBlock',
];
const UI_LIBS = ['react', 'react/*', 'react-dom', 'react-dom/*', 'd3-*', 'zustand', 'zustand/*'];

/** The import patterns that reach `folder` from anywhere under app/. */
const reach = (folder) => [`**/${folder}`, `**/${folder}/*`, `**/${folder}/**`];

/**
 * A no-restricted-imports rule for files in `self` that may import only `allowed` folders (and
 * their own); `lessonContent` lets them import the pure lesson modules; `protocolTypes` lets
 * them import the worker protocol's types.
 */
function layer(
  self,
  allowed,
  { lessonContent = false, protocolTypes = false, uiLibs = true, pureSiblings = false } = {},
) {
  const patterns = [];
  if (pureSiblings) {
    // The lesson content shares its folder with the lesson pages: of its neighbours it may
    // import only the other content modules.
    patterns.push({
      group: ['./*', './*/**', ...LESSON_CONTENT.map((m) => `!./${m}`)],
      message: 'Lesson content may import only the other pure lesson modules of its folder.',
    });
  }
  for (const folder of FOLDERS) {
    if (folder === self || allowed.includes(folder)) continue;
    const message = `app/${self} may import only ${allowed.join(', ') || 'itself'} (see the README's Architecture).`;
    if (folder === 'lessons' && lessonContent) {
      patterns.push({
        // Only the file-level pattern: gitignore semantics cannot re-include files of an excluded folder.
        group: ['**/lessons/*', ...LESSON_CONTENT.map((m) => `!**/lessons/${m}`)],
        message: `${message} Of the lessons, only its pure content modules.`,
      });
    } else if (folder === 'worker' && protocolTypes) {
      patterns.push({ group: reach('worker'), allowTypeImports: true, message });
    } else {
      patterns.push({ group: reach(folder), message });
    }
  }
  patterns.push({ group: ['**/App', '**/main'], message: `app/${self} sits below the App.` });
  if (!uiLibs) patterns.push({ group: UI_LIBS, message: `app/${self} is pure: no UI libraries.` });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['app/engine/**/*.ts'],
    rules: {
      ...layer('engine', [], { uiLibs: false }),
      'no-restricted-globals': ['error', 'window', 'document'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG.' },
      ],
    },
  },
  { files: ['app/worker/**/*.ts'], rules: layer('worker', ['engine'], { uiLibs: false }) },
  { files: ['app/data/**/*.ts'], rules: layer('data', ['engine'], { uiLibs: false }) },
  {
    files: ['app/export/**/*.ts'],
    rules: {
      ...layer('export', ['engine'], { uiLibs: false }),
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    files: ['app/classroom/**/*.ts'],
    rules: layer('classroom', ['engine', 'data'], { lessonContent: true, uiLibs: false }),
  },
  {
    files: LESSON_CONTENT.map((m) => `app/lessons/${m}.ts`),
    rules: layer('lessons', ['engine', 'data'], { uiLibs: false, pureSiblings: true }),
  },
  { files: ['app/charts/**/*.ts'], rules: layer('charts', ['engine']) },
  {
    files: ['app/store/**/*.ts'],
    rules: layer('store', ['engine', 'worker', 'data', 'classroom']),
  },
  {
    files: ['app/components/**/*.{ts,tsx}'],
    rules: layer('components', ['engine', 'charts', 'store', 'data', 'classroom', 'export'], {
      lessonContent: true,
      protocolTypes: true,
    }),
  },
  {
    files: ['app/lessons/**/*.{ts,tsx}'],
    ignores: LESSON_CONTENT.map((m) => `app/lessons/${m}.ts`),
    rules: layer(
      'lessons',
      ['engine', 'charts', 'store', 'components', 'data', 'classroom', 'export'],
      {
        protocolTypes: true,
      },
    ),
  },
  {
    files: ['bench/**/*.ts', 'e2e/**/*.ts', '*.config.ts', 'eslint.config.js'],
    rules: { 'no-console': 'off' },
  },
);
