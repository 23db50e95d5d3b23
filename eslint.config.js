import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Imports flow one way: engine ← worker ← store ← components/lessons ← App; charts ← components;
// engine ← export ← components/lessons.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const UI_LIBS = ['react', 'react-dom', 'react-dom/*', 'd3-*', 'zustand', 'zustand/*'];

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
      ...restrict([
        { group: UI_LIBS, message: 'The engine is pure: no UI libraries.' },
        { group: ['../*', '!../engine/*'], message: 'The engine imports nothing outside app/engine.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG.' },
      ],
    },
  },
  {
    files: ['app/worker/**/*.ts'],
    rules: restrict([
      { group: UI_LIBS, message: 'The worker imports the engine only.' },
      { group: ['../store/*', '../components/*', '../charts/*', '../lessons/*'], message: 'The worker imports the engine only.' },
    ]),
  },
  {
    files: ['app/export/**/*.ts'],
    rules: {
      ...restrict([
        { group: UI_LIBS, message: 'Exporters are pure: no UI libraries.' },
        {
          group: ['../store/*', '../components/*', '../charts/*', '../lessons/*', '../worker/*', '../classroom/*', '../data/*', '../../store/*', '../../components/*', '../../worker/*'],
          message: 'Exporters import the engine only.',
        },
      ]),
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    files: ['app/charts/**/*.ts'],
    rules: restrict([
      { group: ['react', 'zustand', 'zustand/*', '../store/*', '../components/*', '../worker/*'], message: 'Charts are functions of data.' },
    ]),
  },
  {
    files: ['app/store/**/*.ts'],
    rules: restrict([
      { group: ['react-dom', '../components/*', '../charts/*', '../lessons/*'], message: 'The store sits below the UI.' },
    ]),
  },
  {
    files: ['bench/**/*.ts', 'e2e/**/*.ts', '*.config.ts', 'eslint.config.js'],
    rules: { 'no-console': 'off' },
  },
);
