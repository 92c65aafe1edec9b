// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/protocol/contentSecurityPolicy';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has no Trusted Types. This stands in for Chromium's enforcement under the app CSP
// (`require-trusted-types-for 'script'`): policies may only use the names the CSP lists, and
// the srcdoc sink throws a TypeError on anything that is not TrustedHTML, as Chromium does.
class FakeTrustedHTML {
  constructor(
    private readonly html: string,
    readonly policy: string,
  ) {}
  toString(): string {
    return this.html;
  }
}
const allowedPolicies = /trusted-types ([^;]+)/.exec(CONTENT_SECURITY_POLICY)![1]!.trim().split(/\s+/);
const created: string[] = [];
(window as unknown as { trustedTypes: unknown }).trustedTypes = {
  createPolicy(name: string, rules: { createHTML?: (s: string) => string }) {
    if (!allowedPolicies.includes(name)) throw new TypeError(`Policy "${name}" disallowed by the CSP`);
    created.push(name);
    return { createHTML: (s: string) => new FakeTrustedHTML(rules.createHTML!(s), name), createScriptURL: (s: string) => s };
  },
};
const setAttribute = Element.prototype.setAttribute;
Element.prototype.setAttribute = function (this: Element, name: string, value: unknown) {
  if (this.localName === 'iframe' && name.toLowerCase() === 'srcdoc' && !(value instanceof FakeTrustedHTML)) {
    throw new TypeError("Failed to set 'srcdoc': This document requires 'TrustedHTML' assignment.");
  }
  return setAttribute.call(this, name, value as string);
};
afterAll(() => {
  Element.prototype.setAttribute = setAttribute;
});

// DOMPurify reads window.trustedTypes when it is created, so it is imported after the stand-in.
const { HtmlFrame, FRAME_CSP } = await import('./HtmlFrame');

async function renderFrame(html: string): Promise<HTMLIFrameElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => createRoot(host).render(<HtmlFrame html={html} title="Original" />));
  const frame = host.querySelector('iframe');
  if (!frame) throw new Error('no iframe rendered');
  return frame;
}

describe('HtmlFrame', () => {
  it('hands srcdoc TrustedHTML from a policy the CSP allows, sanitized', async () => {
    const frame = await renderFrame('<html><head><style>p{color:red}</style><script>parent.postMessage(1,"*")</script></head><body><p onclick="x()">Hello</p></body></html>');
    expect(created).toEqual(['dompurify']);
    const srcdoc = frame.getAttribute('srcdoc') ?? '';
    expect(srcdoc).toContain('<style>p{color:red}</style>');
    expect(srcdoc).toContain('Hello');
    expect(srcdoc).not.toMatch(/<script|onclick/i);
  });

  it('keeps the sandbox and the frame CSP', async () => {
    const frame = await renderFrame('<p>x</p>');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('csp')).toBe(FRAME_CSP);
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
  });
});
