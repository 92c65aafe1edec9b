import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderLike } from './isTrustedSender';

const mainFrame = (url: string): SenderLike => ({ senderFrame: { url, parent: null } });
const subFrame = (url: string): SenderLike => ({ senderFrame: { url, parent: { url: 'app://bundle/index.html' } } });

describe('isTrustedSender', () => {
  it.each(['app://bundle/index.html', 'app://bundle/', 'app://bundle/index.html#/reader?id=3'])('accepts the main frame at %s', (url) => {
    expect(isTrustedSender(mainFrame(url))).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'app://user@bundle/index.html',
    'app://bundle:8080/index.html',
    'https://bundle/index.html',
    'http://127.0.0.1:5178/index.html',
    'file:///work/main/build/renderer/index.html',
    'about:srcdoc',
    'about:blank',
    'data:text/html,hi',
    'not a url',
    '',
  ])('refuses the main frame at %s', (url) => {
    expect(isTrustedSender(mainFrame(url))).toBe(false);
  });

  it('refuses a subframe even when it has the app origin', () => {
    expect(isTrustedSender(subFrame('app://bundle/index.html'))).toBe(false);
    expect(isTrustedSender(subFrame('about:srcdoc'))).toBe(false);
  });

  it('refuses a call whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});
