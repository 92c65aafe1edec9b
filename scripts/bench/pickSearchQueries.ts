/** The search benches' queries, picked the same way in Node and in the browser probe. */

export interface BenchQuery {
  kind: 'chinese 2–6 chars' | 'english word' | 'miss';
  text: string;
}

const MISSES = ['量子纠缠实验', '火星殖民地', '独角兽', 'xylophonist', 'quasicrystal', '梵高向日葵', 'zeitgeistlich', '深海热泉', 'antidisestablish', '蓝鲸迁徙'];

/**
 * A deterministic stride through stored search texts: 25 Chinese phrases of 2–6 characters, 15
 * English words and 10 misses. Phrases come from the texts, so most queries have hits.
 */
export function pickSearchQueries(haystacks: string[]): BenchQuery[] {
  const chinese: BenchQuery[] = [];
  const english: BenchQuery[] = [];
  haystacks.forEach((haystack, i) => {
    const cjk = haystack.match(/\p{Script=Han}{6,}/gu) ?? [];
    const run = cjk[(i * 7) % Math.max(1, cjk.length)];
    if (run && chinese.length < 25) chinese.push({ kind: 'chinese 2–6 chars', text: run.slice(0, 2 + (chinese.length % 5)) });
    const words = haystack.match(/\b[a-z]{5,12}\b/gu) ?? [];
    const word = words[(i * 11) % Math.max(1, words.length)];
    if (word && english.length < 15 && !english.some((q) => q.text === word)) english.push({ kind: 'english word', text: word });
  });
  return [...chinese, ...english, ...MISSES.map((text) => ({ kind: 'miss' as const, text }))];
}
