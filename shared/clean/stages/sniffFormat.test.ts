import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniffFormat';

const dumpLines = Array.from({ length: 120 }, (_, i) => (i % 3 ? `A line of the article, number ${i}, as the browser saved it.` : 'Menu item'));
const ad = '<div><a href="https://ads.example/jump"><img alt="" src="https://ads.example/ad.gif" /></a></div>';

describe('sniffFormat', () => {
  it('reads a whole page as HTML, with or without a doctype', () => {
    expect(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>', 'a.txt')).toBe('html');
    expect(sniffFormat('<!-- saved -->\n<html lang="en"><head></head><body><p>x</p></body></html>', 'a.txt')).toBe('html');
  });

  it('reads a fragment of markup as HTML, wrapped or on one line', () => {
    const wrapped = ['<div class="story">', '<h1>Title</h1>', '<p>First paragraph of the story.</p>', '<p>Second paragraph.</p>', '<p>Third.</p>', '</div>'].join('\n');
    expect(sniffFormat(wrapped, 'clip.txt')).toBe('html');
    expect(sniffFormat(wrapped.replaceAll('\n', ''), 'clip.txt')).toBe('html');
  });

  it('keeps a text dump that carries a few lines of raw ad markup as text', () => {
    const dump = [...dumpLines.slice(0, 40), ad, ad, ...dumpLines.slice(40, 80), ad, ad, ...dumpLines.slice(80)].join('\n');
    expect(sniffFormat(dump, 'page.txt')).toBe('text');
  });

  it('reads Markdown with inline HTML as Markdown, and plain lines as text whatever the name', () => {
    const md = ['# Title', '', 'A paragraph with <a href="https://x.example">a link</a>.', '', '- one', '- two', '- three', '', '[more](https://x.example/more)'].join('\n');
    expect(sniffFormat(md, 'mirror.txt')).toBe('markdown');
    expect(sniffFormat(dumpLines.join('\n'), 'saved.html')).toBe('text');
  });
});
