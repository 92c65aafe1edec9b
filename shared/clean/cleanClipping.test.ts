import { describe, expect, it } from 'vitest';
import { cleanClipping, type CleanStage } from './cleanClipping';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const PARAGRAPH = 'The committee met on Tuesday to review the budget, and after a long debate it approved the plan for the new library. ';

function stagesOf(input: string, name: string): CleanStage[] {
  const seen: CleanStage[] = [];
  const r = cleanClipping(bytes(input), name, { onStage: (s) => seen.push(s) });
  expect(r.ok).toBe(true);
  return seen;
}

describe('cleanClipping onStage', () => {
  it('reports every stage of an HTML page in pipeline order, the tree ones included', () => {
    const html = `<!doctype html><html><head><title>Budget</title></head><body><article><h1>Budget</h1><p>${PARAGRAPH.repeat(4)}</p></article></body></html>`;
    expect(stagesOf(html, 'a.html')).toEqual(['decode', 'tree', 'segments', 'parse', 'select', 'metadata', 'assemble']);
  });

  it('reports no tree stages for a text dump', () => {
    expect(stagesOf(`Budget\n\n${PARAGRAPH.repeat(4)}\n`, 'a.txt')).toEqual(['decode', 'parse', 'select', 'metadata', 'assemble']);
  });

  it('gives the same article with and without the hook', () => {
    const html = `<html><body><nav>Home | News</nav><p>${PARAGRAPH.repeat(3)}</p></body></html>`;
    const plain = cleanClipping(bytes(html), 'a.html');
    const observed = cleanClipping(bytes(html), 'a.html', { onStage: () => undefined });
    expect(observed).toEqual(plain);
  });
});

describe('author from a post line in an English dump', () => {
  const dump = (postLine: string) => ['Home', 'Blog', '', 'New hours at the central library', '', postLine, '', PARAGRAPH.repeat(3), '', PARAGRAPH.repeat(2)].join('\n');
  const authorOf = (postLine: string) => {
    const r = cleanClipping(bytes(dump(postLine)), 'post.txt');
    return r.ok ? r.value.author : 'failed';
  };

  it('reads "Posted by NAME on DATE", "Posted on DATE by NAME" and "By NAME"', () => {
    expect(authorOf('Posted by Maria Ostrowski on June 12, 2023')).toBe('Maria Ostrowski');
    expect(authorOf('Posted on March 3, 2024 by Dana Whitfield')).toBe('Dana Whitfield');
    expect(authorOf('By Sarah Gooding')).toBe('Sarah Gooding');
  });

  it('does not take a publisher for an author', () => {
    expect(authorOf('Published by City Library on June 12, 2023')).toBeNull();
  });
});

describe('title of an English dump', () => {
  it('is never the byline line, even when the byline sits right above the article', () => {
    const dump = ['Home', 'Politics', 'Tech', 'Council approves budget for the new library', '6366', '12', 'AFP/Getty Images', '', 'by Jane Smith22 Dec 2016651', '', '22 Dec, 2016 22 Dec, 2016', '', PARAGRAPH.repeat(3), '', PARAGRAPH.repeat(2)].join('\n');
    const r = cleanClipping(bytes(dump), 'post.txt');
    expect(r.ok && r.value.title).toBe('Council approves budget for the new library');
  });
});
