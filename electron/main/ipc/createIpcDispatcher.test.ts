import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/Result';
import { createIpcDispatcher, type InvokeEventLike, type InvokeHandlers } from './createIpcDispatcher';
import { INVOKE_ARGUMENT_SCHEMAS } from './ipcSchemas';

type Sender = { id: number };
const calls: unknown[][] = [];
const handlers: InvokeHandlers<Sender> = {
  importFolder: async (_s, options) => (calls.push(['importFolder', options]), ok({ jobId: 'j', root: 'r' })),
  importSamples: async () => ok({ jobId: 'j', root: 'Samples' }),
  reimportFolder: async (_s, root) => ok({ jobId: 'j', root }),
  cancelImport: async () => ok(undefined),
  importItemsStored: async (_s, jobId, count) => (calls.push(['importItemsStored', jobId, count]), ok(undefined)),
  saveTextFile: async () => ok(null),
  saveFolder: async () => ok(null),
  openExternal: async () => {
    throw new Error('dialog exploded');
  },
  appInfo: async () => ok({ name: 'Gleaner', version: '0', platform: 'electron', license: 'MIT' }),
  writeAutoBackup: async (_s, content, options) => (calls.push(['writeAutoBackup', content.length, options]), ok({ written: true, kept: 1, removed: 0 })),
};
const dispatch = createIpcDispatcher(handlers);
const event = (url: string, parent: unknown = null): InvokeEventLike<Sender> => ({ sender: { id: 1 }, senderFrame: { url, parent } });
const appFrame = event('app://bundle/index.html');

describe('createIpcDispatcher', () => {
  it('has a schema for every verb of the contract', () => {
    expect(Object.keys(INVOKE_ARGUMENT_SCHEMAS).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });

  it('runs a valid call from the app main frame', async () => {
    expect(await dispatch('reimportFolder', appFrame, ['Clippings'])).toEqual({ ok: true, value: { jobId: 'j', root: 'Clippings' } });
  });

  it.each([
    ['a subframe', event('app://bundle/index.html', { url: 'app://bundle/index.html' })],
    ['the srcdoc pane', event('about:srcdoc', {})],
    ['a foreign origin', event('https://evil.example/')],
    ['the web edition origin', event('http://127.0.0.1:5178/')],
    ['a destroyed frame', { sender: { id: 1 }, senderFrame: null }],
  ])('refuses a call from %s before validating or running anything', async (_label, e) => {
    calls.length = 0;
    expect(await dispatch('importFolder', e, [{}])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['reimportFolder', []],
    ['reimportFolder', [42]],
    ['reimportFolder', ['']],
    ['reimportFolder', ['a', 'extra']],
    ['importFolder', [{ extraExtensions: ['../../x'] }]],
    ['importFolder', [{ unknownOption: true }]],
    ['importFolder', [null]],
    ['saveFolder', ['Notes', [{ name: 'a.md', content: 'x', mode: 0o777 }]]],
    ['saveTextFile', ['a.md']],
    ['openExternal', [{ toString: () => 'https://example.org' }]],
    ['appInfo', ['surprise']],
    ['writeAutoBackup', []],
    ['writeAutoBackup', ['']],
    ['writeAutoBackup', ['{}', { keep: 0 }]],
    ['writeAutoBackup', ['{}', { keep: 3, dir: '/etc' }]],
    ['writeAutoBackup', ['{}', { keep: 3 }, 'extra']],
    ['importItemsStored', ['job-1']],
    ['importItemsStored', ['job-1', 0]],
    ['importItemsStored', ['job-1', 2.5]],
    ['importItemsStored', ['job-1', '100']],
  ] as const)('refuses %s with arguments %j', async (verb, args) => {
    expect(await dispatch(verb, appFrame, [...args])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('turns a thrown handler error into a Result', async () => {
    expect(await dispatch('openExternal', appFrame, ['https://example.org'])).toMatchObject({ ok: false, error: { code: 'internal', message: 'openExternal failed: dialog exploded' } });
  });

  it('passes parsed arguments through', async () => {
    calls.length = 0;
    await dispatch('importFolder', appFrame, [{ extraExtensions: ['eml'] }]);
    await dispatch('importItemsStored', appFrame, ['job-1', 100]);
    expect(calls).toEqual([['importFolder', { extraExtensions: ['eml'] }], ['importItemsStored', 'job-1', 100]]);
  });

  it('accepts an automatic backup with or without its options', async () => {
    calls.length = 0;
    expect(await dispatch('writeAutoBackup', appFrame, ['{"a":1}'])).toMatchObject({ ok: true });
    expect(await dispatch('writeAutoBackup', appFrame, ['{"a":1}', { keep: 4 }])).toMatchObject({ ok: true });
    expect(calls).toEqual([['writeAutoBackup', 7, undefined], ['writeAutoBackup', 7, { keep: 4 }]]);
  });
});
