import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanClipping } from '../cleanClipping';
import { concatBytes, legacyEncode, utf16Encode } from '../testing/legacyEncode';
import { decodeBytes, type DecodeOutcome } from './decodeBytes';

// Realistic paragraphs: detectors need a few hundred characters to be confident.
const ZH = '当地时间19日,同在冰岛首都雷克雅未克出席北极理事会部长级会议的美国国务卿布林肯和俄罗斯外长拉夫罗夫进行了会晤。这是拜登正式就任美国总统后,美俄两国外长首次见面。媒体也普遍猜测,这是为日后两国元首举行“首脑峰会”铺路。分析人士指出,双方在乌克兰局势、网络安全和人权问题上仍有巨大分歧。';
const ZH_TW = '行政院今日召開院會,通過明年度中央政府總預算案,總額較今年增加百分之三點五。發言人表示,預算重點包括長期照顧、國防自主與數位轉型,並將加強偏鄉醫療與交通建設。立法院預計下個會期開始審查,朝野黨團對於部分項目仍有不同意見。';
const JA = '東京都は十九日、新型の感染症対策として、都内の医療機関に対する支援を拡大すると発表した。知事は記者会見で「医療体制を守るため、できることはすべて行う」と述べ、病床の確保と検査体制の強化を急ぐ考えを示した。専門家は今後の動向を注視している。';
const KO = '서울시는 19일 대중교통 요금을 내년부터 인상한다고 발표했다. 시는 운영 적자가 누적되어 불가피한 결정이라고 설명했으며, 시민 부담을 줄이기 위해 청소년과 노인 할인 제도를 확대할 계획이다. 시민단체는 공청회를 다시 열어야 한다고 주장했다.';
const EN = 'The café on the corner — a naïve little place with “proper” coffee — served its last espresso on Sunday. Its owner, Zoë Müller, said the rent had risen by 40 % in two years. Regulars left notes on the window: “Merci”, “Danke”, “¡Gracias!”.';

const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${body}</p><p>${body}</p></body></html>`;
const meta = (charset: string): string => `<meta charset="${charset}">`;

function decoded(out: DecodeOutcome): { text: string; encoding: string; codes: string[] } {
  if (!out.ok) throw new Error(`expected text, got ${out.error.code}: ${out.error.message}`);
  return { text: out.value.text, encoding: out.value.encoding, codes: out.value.warnings.map((w) => w.code) };
}

describe('decodeBytes: Unicode', () => {
  it('reads UTF-8 without a BOM silently', () => {
    const r = decoded(decodeBytes(new TextEncoder().encode(page(ZH))));
    expect(r).toEqual({ text: page(ZH), encoding: 'utf-8', codes: [] });
  });
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decoded(decodeBytes(concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), page(ZH))));
    expect(r).toEqual({ text: page(ZH), encoding: 'utf-8', codes: [] });
  });
  it.each(['le', 'be'] as const)('reads UTF-16%s with a BOM', (order) => {
    const r = decoded(decodeBytes(utf16Encode(page(ZH), order, true)));
    expect(r.text).toBe(page(ZH));
    expect(r.encoding).toBe(`utf-16${order}`);
    expect(r.codes).toEqual([]);
  });
  it('reads UTF-16LE without a BOM from its byte pattern, with a warning', () => {
    const r = decoded(decodeBytes(utf16Encode(page(ZH), 'le', false)));
    expect(r.text).toBe(page(ZH));
    expect(r.encoding).toBe('utf-16le');
    expect(r.codes).toContain('encoding-guessed');
  });
  it('reads an English UTF-16LE text dump without a BOM (15-utf16le-nobom.txt)', () => {
    const r = decoded(decodeBytes(utf16Encode(`${EN}\n\n${EN}`, 'le', false)));
    expect(r.text).toBe(`${EN}\n\n${EN}`);
    expect(r.codes).toContain('encoding-guessed');
  });
});

describe('decodeBytes: declared legacy charsets', () => {
  const cases: Array<[string, string, string]> = [
    ['gbk', ZH, 'gb18030'],
    ['gb2312', ZH, 'gb18030'],
    ['GB18030', ZH, 'gb18030'],
    ['big5', ZH_TW, 'big5'],
    ['shift_jis', JA, 'shift_jis'],
    ['euc-jp', JA, 'euc-jp'],
    ['euc-kr', KO, 'euc-kr'],
    ['windows-1252', EN, 'windows-1252'],
  ];
  it.each(cases)('reads %s with <meta charset>', (label, text, want) => {
    const html = page(text, meta(label));
    const r = decoded(decodeBytes(legacyEncode(html, label.toLowerCase() === 'gb2312' ? 'gbk' : label.toLowerCase())));
    expect(r.text).toBe(html);
    expect(r.encoding).toBe(want);
    expect(r.codes).toEqual([]);
  });
  it('reads GB bytes labelled gb2312 by an http-equiv meta (10-gb18030-gb2312-label)', () => {
    const html = page(ZH, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const r = decoded(decodeBytes(legacyEncode(html, 'gb18030')));
    expect(r.text).toBe(html);
    expect(r.codes).toEqual([]);
  });
  it('uses a declaration that comes late, after 1,100 bytes of comment, and says so (17-meta-late)', () => {
    const html = `<!DOCTYPE html><html><head><!-- ${'x'.repeat(1100)} -->${meta('gbk')}</head><body><p>${ZH}</p></body></html>`;
    const r = decoded(decodeBytes(legacyEncode(html, 'gbk')));
    expect(r.text).toBe(html);
    expect(r.encoding).toBe('gb18030');
    expect(r.codes.length).toBeGreaterThan(0);
  });
  it('honours a forced encoding over everything else', () => {
    const bytes = new TextEncoder().encode(page(ZH));
    const r = decoded(decodeBytes(bytes, 'windows-1252'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).not.toBe(page(ZH));
  });
});

describe('decodeBytes: no or wrong declaration', () => {
  it.each([
    ['gbk', ZH, 'gb18030'],
    ['big5', ZH_TW, 'big5'],
    ['shift_jis', JA, 'shift_jis'],
    ['euc-jp', JA, 'euc-jp'],
    ['euc-kr', KO, 'euc-kr'],
    ['windows-1252', EN, 'windows-1252'],
  ])('guesses %s without a declaration and warns', (label, text, want) => {
    const r = decoded(decodeBytes(legacyEncode(`${text}\n\n${text}\n\n${text}`, label)));
    expect(r.encoding).toBe(want);
    expect(r.text).toBe(`${text}\n\n${text}\n\n${text}`);
    expect(r.codes).toContain('encoding-guessed');
  });
  it.each(['gbk', 'iso-8859-1'])('prefers valid UTF-8 over a %s declaration and warns (18-meta-lies)', (label) => {
    const html = page(ZH, meta(label));
    const r = decoded(decodeBytes(new TextEncoder().encode(html)));
    expect(r).toEqual({ text: html, encoding: 'utf-8', codes: ['encoding-declaration-ignored'] });
  });
  it('does not warn about a wrong declaration on pure-ASCII pages, where every reading agrees', () => {
    const html = page('plain ascii text', meta('gbk'));
    expect(decoded(decodeBytes(new TextEncoder().encode(html))).codes).toEqual([]);
  });
});

describe('decodeBytes: damaged bytes', () => {
  it('shows invalid UTF-8 as U+FFFD and warns (16-invalid-utf8)', () => {
    const bytes = concatBytes(`<p>${ZH}</p><p>坏字节:`, new Uint8Array([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), `结束。</p><p>${ZH}</p>`);
    const r = decoded(decodeBytes(bytes));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('\uFFFD');
    expect(r.text).toContain(`坏字节:`);
    expect(r.text).toContain('结束。');
    expect(r.text).toContain(ZH);
    expect(r.codes).toContain('invalid-bytes');
  });
  it('keeps a text with a few NUL bytes, and the cleaner drops them with a warning', () => {
    const bytes = concatBytes(`${EN}\n\n`, new Uint8Array([0, 0, 0]), `\n\n${EN}\n\n${EN}`);
    expect(decoded(decodeBytes(bytes)).text).toContain('\u0000');
    const result = cleanClipping(bytes, 'nul.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.warnings.map((w) => w.code)).toContain('nul-bytes');
    expect(result.value.text).not.toContain('\u0000');
    expect(result.value.html).not.toContain('\u0000');
  });
  it.each([
    ['PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj'],
    ['PNG', '\u0089PNG\r\n\u001a\n'],
    ['ZIP', 'PK\u0003\u0004\u0014\u0000'],
  ])('refuses %s data as not-text, naming the format', (name, head) => {
    const bytes = Uint8Array.from([...head].map((c) => c.charCodeAt(0)));
    const out = decodeBytes(bytes);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.code).toBe('not-text');
      expect(out.error.message).toContain(name);
    }
  });
  it('never throws, whatever the bytes: text or a not-text error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const out = decodeBytes(bytes);
        return out.ok ? typeof out.value.text === 'string' : out.error.code === 'not-text';
      }),
      { numRuns: 300 },
    );
  });
});
