import { describe, expect, it } from 'vitest';
import { htmlSafetyProblems } from './htmlSafety';

describe('htmlSafetyProblems', () => {
  it('accepts the allowlist', () => {
    const html = '<h2>T</h2><p>a <a href="https://example.com/x">link</a> <em>e</em><br><strong>s</strong></p><figure><img src="data:image/png;base64,AAAA" alt="x"><figcaption>c</figcaption></figure><ul><li>i</li></ul><blockquote>q &lt;script&gt;</blockquote>';
    expect(htmlSafetyProblems(html)).toEqual([]);
  });
  it.each([
    ['<script>alert(1)</script>', 'tag <script>'],
    ['<p onclick="x()">a</p>', 'attribute onclick on <p>'],
    ['<img src=x onerror=alert(1)>', 'src x'],
    ['<a href="JaVaScRiPt:alert(1)">a</a>', 'contains "javascript:"'],
    ['<a href="file:///etc/passwd">a</a>', 'href file:///etc/passwd'],
    ['<svg><circle/></svg>', 'tag <svg>'],
    ['<p style="background:url(https://x)">a</p>', 'attribute style on <p>'],
    ['<img src="https://evil.example/pixel.png">', 'src https://evil.example/pixel.png'],
  ])('flags %s', (html, problem) => {
    expect(htmlSafetyProblems(html)).toContain(problem);
  });
});
