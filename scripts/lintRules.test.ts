import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The security lint rules of eslint.config.js, run through ESLint's API on snippets: each bad
// snippet must be reported by no-restricted-syntax, each good one must pass. The path decides
// which folder's rules apply (and the two allowlisted files).
const repo = path.resolve(import.meta.dirname, '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repo });
});

async function restrictedSyntax(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repo, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const MAIN = 'electron/main/window/example.ts';
const RENDERER = 'renderer/features/example/Example.tsx';

describe('security lint rules', () => {
  it.each([
    ['sandbox: false', 'export const p = { sandbox: false };', MAIN],
    ["quoted 'sandbox': false", "export const p = { 'sandbox': false };", MAIN],
    ['quoted "nodeIntegration": true', 'export const p = { "nodeIntegration": true };', MAIN],
    ['contextIsolation assigned false', 'const p: Record<string, boolean> = {}; p.contextIsolation = false;', MAIN],
    ["webSecurity assigned through ['webSecurity']", "const p: Record<string, boolean> = {}; p['webSecurity'] = false;", MAIN],
    ['bypassCSP: true', "export const s = [{ scheme: 'x', privileges: { standard: true, bypassCSP: true } }];", MAIN],
    ["quoted 'bypassCSP': true", "export const s = { 'bypassCSP': true };", MAIN],
    ['shell imported from electron', "import { shell } from 'electron'; export const s = shell;", MAIN],
    ['shell imported under another name', "import { shell as sh } from 'electron'; void sh.openExternal('https://x.example');", MAIN],
    ['electron.shell', "import * as electron from 'electron'; export const s = electron.shell;", MAIN],
    ["require('electron').shell", "export const s = require('electron').shell;", MAIN],
    ["const { shell } = require('electron')", "const { shell } = require('electron'); export { shell };", MAIN],
    ['any .openExternal( call in main', 'declare const x: { openExternal(u: string): void }; x.openExternal("https://x.example");', MAIN],
    ["['openExternal'] in main", "declare const x: Record<string, (u: string) => void>; x['openExternal']!('https://x.example');", MAIN],
    ["['openExternal'].call in the renderer", "declare const p: { openExternal(u: string): void }; p['openExternal'].call(p, 'https://x.example');", RENDERER],
    ['dangerouslySetInnerHTML', 'export const A = ({ h }: { h: string }) => <div dangerouslySetInnerHTML={{ __html: h }} />;', RENDERER],
    ['srcDoc outside the frame module', 'export const A = ({ h }: { h: string }) => <iframe sandbox="" srcDoc={h} />;', RENDERER],
    ['srcDoc in spread props', 'export const A = ({ h }: { h: string }) => <iframe sandbox="" {...{ srcDoc: h }} />;', RENDERER],
    ['srcdoc assigned', 'export function f(frame: HTMLIFrameElement, h: string) { frame.srcdoc = h; }', RENDERER],
    ["setAttribute('srcdoc')", "export function f(frame: HTMLIFrameElement, h: string) { frame.setAttribute('srcdoc', h); }", RENDERER],
    ['<iframe> without sandbox', 'export const A = () => <iframe title="t" />;', RENDERER],
    ['<iframe sandbox="allow-scripts">', 'export const A = () => <iframe sandbox="allow-scripts" />;', RENDERER],
    ["createElement('iframe')", "export const f = () => document.createElement('iframe');", RENDERER],
    ['dangerouslySetInnerHTML even in the frame module', 'export const A = ({ h }: { h: string }) => <div dangerouslySetInnerHTML={{ __html: h }} />;', 'renderer/features/reader/HtmlFrame.tsx'],
    ['bypassCSP even in the safe opener', 'export const s = { bypassCSP: true };', 'electron/main/security/safeOpenExternal.ts'],
  ])('reports %s', async (_name, code, file) => {
    expect(await restrictedSyntax(code, file)).not.toEqual([]);
  });

  it.each([
    ['the secure preferences', 'export const p = { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true };', MAIN],
    ['a scheme without bypassCSP', "export const s = [{ scheme: 'app', privileges: { standard: true, secure: true } }];", MAIN],
    ['the bridge verb in the renderer', "declare const p: { openExternal(u: string): void }; p.openExternal('https://x.example');", RENDERER],
    ['a sandboxed <iframe> without srcdoc', 'export const A = () => <iframe sandbox="" title="t" />;', RENDERER],
    ['srcDoc in the frame module', 'export const A = ({ h }: { h: string }) => <iframe sandbox="" srcDoc={h} />;', 'renderer/features/reader/HtmlFrame.tsx'],
    ['shell in the safe opener', "import { shell } from 'electron'; export const open = (u: string) => shell.openExternal(u);", 'electron/main/security/safeOpenExternal.ts'],
    ['other imports from electron', "import { app, dialog } from 'electron'; export const x = [app, dialog];", MAIN],
  ])('accepts %s', async (_name, code, file) => {
    expect(await restrictedSyntax(code, file)).toEqual([]);
  });

  it('the tree as committed lints clean of these rules', async () => {
    const results = await eslint.lintFiles(['electron/main/security/', 'renderer/features/reader/HtmlFrame.tsx', 'renderer/features/reader/CleanHeader.tsx']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
  });
});
