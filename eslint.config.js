// Lint is part of `npm test` with zero warnings allowed. Besides style, it enforces two
// things a reviewer would otherwise have to remember: where code may import from (the folder
// says where code runs), and the Electron security settings that must never regress.
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import sdl from '@microsoft/eslint-plugin-sdl';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const insecureElectronSettings = [
  ['nodeIntegration', true],
  ['nodeIntegrationInWorker', true],
  ['nodeIntegrationInSubFrames', true],
  ['sandbox', false],
  ['contextIsolation', false],
  ['webSecurity', false],
  ['allowRunningInsecureContent', true],
  ['experimentalFeatures', true],
  ['webviewTag', true],
].map(([key, value]) => ({
  selector: `Property[key.name='${key}'][value.value=${value}]`,
  message: `${key}: ${value} breaks the Electron security baseline (see ARCHITECTURE.md, Security invariants).`,
}));

const securityRestrictions = [
  ...insecureElectronSettings,
  {
    selector: "CallExpression[callee.object.name='shell'][callee.property.name='openExternal']",
    message: 'Call safeOpenExternal() from electron/main/safeOpenExternal.ts instead of shell.openExternal.',
  },
  {
    selector: "CallExpression[callee.property.name='exposeInMainWorld'] Identifier[name='ipcRenderer']",
    message: 'Never expose ipcRenderer to the renderer; expose named verbs built from the contract.',
  },
];

/** Import rules by folder: a folder may not import code that runs somewhere else. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url', 'util', 'stream', 'http', 'https', 'net'];

export default tseslint.config(
  {
    ignores: ['node_modules/**', '.scratch/**', 'build/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'assets/**', '**/*.cjs'],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'no-unsanitized': noUnsanitized, '@microsoft/sdl': sdl },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@microsoft/sdl/no-inner-html': 'error',
      '@microsoft/sdl/no-document-write': 'error',
      '@microsoft/sdl/no-electron-node-integration': 'error',
      '@microsoft/sdl/no-postmessage-star-origin': 'error',
      '@microsoft/sdl/no-insecure-url': ['error', { exceptions: ['^http://127\\.0\\.0\\.1', '^http://localhost', '^http://www\\.w3\\.org/', '^http://example\\.'] }],
      'no-restricted-syntax': ['error', ...securityRestrictions],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/cases/updateGoldens.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '**/renderer/**', 'electron', 'dexie', 'react', 'react-dom', ...nodeBuiltins], message: 'shared/ is environment-free: no electron, renderer, node: or UI imports.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', 'electron', ...nodeBuiltins], message: 'renderer/ never imports electron/ or Node built-ins; use renderer/platform.' },
        ],
      }],
    },
  },
  {
    // Dexie is touched only by the data layer.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['dexie', 'dexie-*', 'dexie-react-hooks'], message: 'Dexie only under renderer/db/.' },
          { group: ['**/electron/**', 'electron', ...nodeBuiltins], message: 'renderer/ never imports electron/ or Node built-ins.' },
        ],
      }],
    },
  },
  {
    // Renderer tests run in Node (vitest) and may check the renderer against what the host
    // ships (e.g. the CSP in electron/main/protocol); Dexie still stays under renderer/db/.
    files: ['renderer/**/*.test.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['dexie', 'dexie-*', 'dexie-react-hooks'], message: 'Dexie only under renderer/db/.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/cases/updateGoldens.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '**/renderer/**', 'electron', 'dexie', 'dexie-*', 'react', 'react-dom', ...nodeBuiltins], message: 'shared/ is environment-free: no electron, renderer, dexie, node: or UI imports.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**', 'e2e/**', '*.config.*', '**/*.test.{ts,tsx}', 'shared/**/cases/updateGoldens.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
