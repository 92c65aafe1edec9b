import { describe, expect, it } from 'vitest';
import { clearTextCaches, comparable, textStats } from './textStats';

/** The definition textStats' one-pass count must agree with (the regex version it replaced). */
function reference(text: string) {
  const cjkRe = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
  const cjk = text.match(cjkRe)?.length ?? 0;
  const words = (text.replace(cjkRe, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  const punct = (text.match(/[。！？；，、：,.!?;:…]/gu) ?? []).length;
  return { cjk, words, units: cjk + words * 2, punct };
}

describe('textStats', () => {
  it.each([
    'The quick brown fox',
    "It's a well-known fact — isn’t it? Yes.",
    '新华社北京5月20日电（记者 张三）今天，2024年GDP增长5.2%。',
    'Ünïcödé wörds, ŝome Ελληνικά и русский текст!',
    '“Quoted” -- dashes - and --- hyphens-only ---',
    '𠀀𠀁 ext-B Han and 😀 emoji 12,345.67',
    'ｆｕｌｌｗｉｄｔｈ ＡＢＣ　１２３',
    '',
    '   ',
  ])('counts %j like the regex definition', (text) => {
    clearTextCaches();
    const { cjk, words, units, punct } = textStats(text);
    expect({ cjk, words, units, punct }).toEqual(reference(text));
  });

  it('agrees with the regex definition on random mixed text', () => {
    const alphabet = ['a', 'Z', '9', "'", '’', '-', ' ', '.', '，', '。', '中', 'ア', '한', 'é', 'ж', '😀', '𠀀', '_', '\u00a0', '…', '\ud800', '\udc00'];
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      clearTextCaches();
      const { cjk, words, units, punct } = textStats(text);
      expect({ cjk, words, units, punct }, JSON.stringify(text)).toEqual(reference(text));
    }
  });
});

describe('comparable', () => {
  /** The definition: NFKC, lower case, letters and digits only. */
  const reference = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

  it.each([
    'Plain ASCII, with punctuation!',
    '新华社北京5月20日电（记者 张三）“今天”…',
    'ｆｕｌｌｗｉｄｔｈ ＡＢＣ　１２３，',
    'ﬁne ligatures and x² and ½ and Ⅻ',
    'cafe\u0301 versus café',
    'ｶﾀｶﾅ halfwidth and カタカナ and 한국어 뉴스',
    '㈱ and ㍿ and 〸',
    'Ĳssel and ſ',
  ])('normalizes %j like NFKC would', (text) => {
    clearTextCaches();
    expect(comparable(text)).toBe(reference(text));
  });

  it('agrees with the definition on random mixed text', () => {
    const alphabet = ['a', 'Z', '9', ' ', '，', '。', '中', 'ア', 'ｱ', '한', 'é', 'e\u0301', 'Ａ', '１', '²', 'ﬁ', '…', '“', '\u3000', '〸', 'Ĳ', '・', '゠', '゛', 'か\u3099', 'ゟ', 'ヿ', '\uf900', '\ud800'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      clearTextCaches();
      expect(comparable(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
