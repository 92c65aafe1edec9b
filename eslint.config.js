// Lint is part of `npm test` with zero warnings allowed. Besides style, it enforces two
// things a reviewer would otherwise have to remember: where code may import from (the folder
// says where code runs), and the Electron security settings that must never regress.
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import sdl from '@microsoft/eslint-plugin-sdl';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** A property key however it is written: `sandbox: false` and `'sandbox': false` are the same. */
const keyIs = (name) => `:matches([key.name='${name}'], [key.value='${name}'])`;
/** A member however it is reached: `a.openExternal` and `a['openExternal']`. */
const propertyIs = (name) => `:matches([property.name='${name}'], [property.value='${name}'])`;

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
  // A privileged scheme with bypassCSP would serve pages that ignore our CSP.
  ['bypassCSP', true],
].flatMap(([key, value]) => {
  const message = `${key}: ${value} breaks the Electron security baseline (see ARCHITECTURE.md, Security invariants).`;
  return [
    { selector: `Property${keyIs(key)}[value.value=${value}]`, message },
    { selector: `AssignmentExpression[left.type='MemberExpression'][left.property.name='${key}'][right.value=${value}]`, message },
    { selector: `AssignmentExpression[left.type='MemberExpression'][left.property.value='${key}'][right.value=${value}]`, message },
  ];
});

// S5: Electron's shell is imported in one file, electron/main/security/safeOpenExternal.ts,
// which checks the URL and asks the user. Elsewhere any `.openExternal` is suspect: in main,
// preload and scripts it can only be Electron's. (The renderer's `platform.openExternal` is the
// bridge verb that ends in safeOpenExternal; the renderer cannot import electron at all.)
const SAFE_OPEN = 'Only electron/main/security/safeOpenExternal.ts may use Electron\'s shell; call safeOpenExternal() (it validates the URL and asks the user).';
const shellRestrictions = [
  { selector: "ImportDeclaration[source.value='electron'] ImportSpecifier[imported.name='shell']", message: SAFE_OPEN },
  { selector: `MemberExpression${propertyIs('shell')}:matches([object.name='electron'], [object.callee.name='require'])`, message: SAFE_OPEN },
  { selector: "VariableDeclarator:matches([init.name='electron'], [init.callee.name='require']) > ObjectPattern > Property[key.name='shell']", message: SAFE_OPEN },
];
const openExternalAnywhere = { selector: `MemberExpression${propertyIs('openExternal')}`, message: SAFE_OPEN };
// In the renderer only the computed form is refused: it exists to dodge a rule, not to call a verb.
const openExternalComputed = { selector: "MemberExpression[property.value='openExternal']", message: 'Call platform.openExternal(url) directly; a computed member hides the call from review.' };

// S9/S10: HTML reaches the DOM in one reviewed place. srcdoc is written only by the original
// pane's frame (which sanitizes and passes TrustedHTML); dangerouslySetInnerHTML nowhere yet
// (a future sanitized use gets its own allowlist entry, reviewed like HtmlFrame.tsx).
const HTML_SINK = 'HTML strings reach the DOM only in renderer/features/reader/HtmlFrame.tsx (DOMPurify + Trusted Types); build React elements instead.';
const innerHtmlRestrictions = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: HTML_SINK },
  { selector: "Property:matches([key.name='dangerouslySetInnerHTML'], [key.value='dangerouslySetInnerHTML'])", message: HTML_SINK },
];
const srcdocRestrictions = [
  { selector: 'JSXAttribute[name.name=/^src[dD]oc$/]', message: HTML_SINK },
  { selector: 'Property:matches([key.name=/^src[dD]oc$/], [key.value=/^src[dD]oc$/])', message: HTML_SINK },
  { selector: "AssignmentExpression[left.type='MemberExpression']:matches([left.property.name='srcdoc'], [left.property.value='srcdoc'])", message: HTML_SINK },
  { selector: "CallExpression[callee.property.name=/^setAttribute(NS)?$/] > Literal[value=/^srcdoc$/i]", message: HTML_SINK },
];

const frameRestrictions = [
  {
    selector: "JSXOpeningElement[name.name='iframe']:not(:has(JSXAttribute[name.name='sandbox'][value.value='']))",
    message: 'Every <iframe> needs sandbox="" (no scripts, no same-origin, no navigation); see SECURITY.md S9.',
  },
  {
    selector: "CallExpression[callee.property.name='createElement'] > Literal:first-child[value=/^iframe$/i]",
    message: 'Create frames in JSX with sandbox="" so the lint rule can check them.',
  },
];

/** The no-restricted-syntax list; the two allowlisted files drop exactly the entries they exist for. */
function securityRestrictions({ shell = true, openExternal = openExternalAnywhere, frameSink = true } = {}) {
  return [
    ...insecureElectronSettings,
    ...(shell ? shellRestrictions : []),
    ...(openExternal ? [openExternal] : []),
    ...innerHtmlRestrictions,
    ...(frameSink ? srcdocRestrictions : []),
    ...frameRestrictions,
    {
      selector: "CallExpression[callee.property.name='exposeInMainWorld'] Identifier[name='ipcRenderer']",
      message: 'Never expose ipcRenderer to the renderer; expose named verbs built from the contract.',
    },
  ];
}

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
      'no-restricted-syntax': ['error', ...securityRestrictions()],
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
    // Tests run in Node (vitest) and read fixtures from disk; the renderer's may check it against
    // what the host ships (e.g. the CSP in electron/main/protocol). Dexie still stays under renderer/db/.
    files: ['renderer/**/*.test.{ts,tsx}', 'shared/**/*.test.ts', 'shared/**/cases/updateGoldens.ts', 'shared/**/testing/**/*.ts'],
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
  // The security allowlist: each file below is the one place for what it is exempt from.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...securityRestrictions({ openExternal: openExternalComputed })] },
  },
  {
    files: ['renderer/features/reader/HtmlFrame.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...securityRestrictions({ openExternal: openExternalComputed, frameSink: false })] },
  },
  {
    files: ['electron/main/security/safeOpenExternal.ts'],
    rules: { 'no-restricted-syntax': ['error', ...securityRestrictions({ shell: false, openExternal: null })] },
  },
);
