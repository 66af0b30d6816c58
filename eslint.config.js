import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The folder says where code runs; these rules keep each runtime's imports where they belong.
const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noImports = (names, patterns, why) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message: why })), patterns: patterns.length ? [{ group: patterns, message: why }] : [] }],
});
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'HTMLElement'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/shared/**'],
    languageOptions: { globals: {} },
    rules: {
      ...noImports(
        ['electron', 'react', 'react-dom', ...nodeModules],
        ['@xyflow/*', '**/main/**', '**/renderer/**', '**/preload/**'],
        'src/shared is pure TypeScript: no Electron, Node, React or DOM, and no imports from other layers.',
      ),
      'no-restricted-globals': ['error', ...DOM_GLOBALS, 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noImports(['electron', ...nodeModules], ['**/main/**', '**/preload/**'], 'The renderer never touches Electron or Node: it calls the typed API (src/renderer/api).'),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/preload/**'],
    rules: noImports(nodeModules, ['**/main/**', '**/renderer/**'], 'The preload only bridges the IPC contract; it runs sandboxed with no Node modules.'),
  },
  {
    files: ['src/main/**'],
    languageOptions: { globals: globals.node },
    rules: noImports([], ['**/renderer/**', '**/preload/**'], 'Main never imports renderer or preload code; share through src/shared.'),
  },
  {
    files: ['scripts/**', 'test/**', 'bin/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
