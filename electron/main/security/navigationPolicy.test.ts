import { describe, expect, it } from 'vitest';
import { isBlockedRequest, isNavigationAllowed } from './navigationPolicy';

describe('isNavigationAllowed', () => {
  it('allows a subframe to become an srcdoc or blank document', () => {
    expect(isNavigationAllowed({ url: 'about:srcdoc', isMainFrame: false })).toBe(true);
    expect(isNavigationAllowed({ url: 'about:blank', isMainFrame: false })).toBe(true);
  });
  it.each([
    ['https://evil.example/', false],
    ['app://bundle/index.html', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['about:srcdoc', true],
    ['about:blank', true],
    ['app://bundle/index.html', true],
    ['https://evil.example/', true],
  ])('denies %s (main frame: %s)', (url, isMainFrame) => {
    expect(isNavigationAllowed({ url, isMainFrame })).toBe(false);
  });
});

describe('isBlockedRequest', () => {
  it.each([
    'http://127.0.0.1:5178/',
    'https://example.org/a.png',
    'HTTPS://EXAMPLE.ORG',
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- insecure URLs are the inputs under test
    'ws://example.org/',
    'wss://example.org/',
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- insecure URLs are the inputs under test
    'ftp://example.org/x',
    'file:///etc/passwd',
    'FILE:///C:/Windows/win.ini',
    'smb://attacker/share/a.png',
    'chrome-extension://abcdefghijklmnop/x.js',
    'chrome://settings/',
    'filesystem:app://bundle/temporary/x',
    'javascript:alert(1)',
    'gleaner-evil://x',
    'ms-msdt:/id PCWDiagnostic',
    'about:blank',
    'not a url',
    '',
  ])('cancels %s', (url) => expect(isBlockedRequest(url)).toBe(true));

  it.each(['app://bundle/index.html', 'APP://bundle/assets/x.js', 'data:image/png;base64,AA==', 'blob:app://bundle/uuid', 'devtools://devtools/bundled/x.html'])(
    'lets %s through',
    (url) => expect(isBlockedRequest(url)).toBe(false),
  );
});
