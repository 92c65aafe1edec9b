/**
 * Repairs the commonest Chinese mojibake: UTF-8 bytes that a browser decoded as GBK (a page
 * that declared gb2312 but was UTF-8), then saved. Re-encoding the text as GBK gives back the
 * UTF-8 bytes; a character lost to U+FFFD costs one character, not the page.
 */

/** The most frequent Chinese characters: in real text about a third of all Han characters are among them. */
const COMMON = new Set([...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞']);

let gbkTable: Map<string, number> | null = null;

/** Builds char -> GBK code by inverting the platform decoder once, lazily (about 24,000 pairs). */
function gbkEncoder(): Map<string, number> {
  if (gbkTable) return gbkTable;
  const table = new Map<string, number>();
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  gbkTable = table;
  return table;
}

/** COMMON as flags over U+4E00–U+9FFF: this runs on every Chinese clipping, and a typed-array lookup is many times faster than a set of strings. */
const COMMON_FLAGS = (() => {
  const flags = new Uint8Array(0x9fff - 0x4e00 + 1);
  for (const ch of COMMON) flags[ch.charCodeAt(0) - 0x4e00] = 1;
  return flags;
})();

/** Han characters (U+4E00–U+9FFF) in `text`, and how many of them are among the commonest. */
function countHan(text: string): { han: number; common: number } {
  let han = 0, common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      common += COMMON_FLAGS[c - 0x4e00]!;
    }
  }
  return { han, common };
}

/** Share of Han characters that are among the commonest ones. */
export function commonHanRatio(text: string): number {
  const { han, common } = countHan(text);
  return han ? common / han : 0;
}

/** Returns the repaired text when `text` is UTF-8-read-as-GBK mojibake and the repair reads as Chinese; else null. */
export function repairMojibake(text: string): string | null {
  const { han, common } = countHan(text.slice(0, 20000));
  if (han < 40 || common / han > 0.2) return null;
  const table = gbkEncoder();
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else {
      const code = table.get(ch);
      // A character the GBK reading replaced by U+FFFD swallowed one byte: it stays lost.
      if (code === undefined) bytes.push(0x3f);
      else bytes.push(code >> 8, code & 0xff);
    }
  }
  const repaired = new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  return commonHanRatio(repaired.slice(0, 20000)) > 0.25 ? repaired : null;
}
