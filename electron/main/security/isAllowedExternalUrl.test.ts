import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './isAllowedExternalUrl';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['mailto:someone@example.org', 'mailto:someone@example.org'],
    ['mailto:a@example.org?subject=Hi%20there', 'mailto:a@example.org?subject=Hi%20there'],
    ['https://例子.测试/路径', 'https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84'],
    ['https://example.org/%20encoded', 'https://example.org/%20encoded'],
  ])('allows %s', (raw, normalized) => {
    expect(isAllowedExternalUrl(raw)).toEqual({ ok: true, url: normalized });
  });

  it.each([
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'ms-msdt:-id',
    'search-ms:query=x',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'vscode://file/etc/passwd',
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- an ftp URL is the input under test
    'ftp://example.org/file',
    'blob:https://example.org/uuid',
    'app://bundle/index.html',
    '\\\\attacker\\share\\a.exe',
    'https:\\\\evil.example',
    ' https://example.org',
    'https://example.org ',
    'https://exa\tmple.org',
    'https://example.org/\nSet-Cookie',
    'https://example.org/\u0000',
    'java\u0000script:alert(1)',
    'https://example.org/\u202egnp.exe',
    'https://bank.example@evil.example',
    'https://user:pass@example.org',
    'mailto:',
    '//example.org/path',
    'example.org',
    '',
    'https://' + 'a'.repeat(2100) + '.org',
    'https://exa\u00a0mple.org',
  ])('refuses %j', (raw) => {
    expect(isAllowedExternalUrl(raw).ok).toBe(false);
  });

  it.each([null, undefined, 42, { href: 'https://example.org' }])('refuses the non-string %j', (raw) => {
    expect(isAllowedExternalUrl(raw).ok).toBe(false);
  });
});
