// "a" / "an" follow the word that now comes after them: a rewrite that turns "a value-add" into
// "a extra", or drops "once in a lifetime" from "A once in a lifetime opportunity", fixes the article.
import type { Edit } from './edits';

/** "an" before a vowel sound, by spelling (with the usual exceptions: "a user", "an hour"). */
export function articleFor(word: string): 'a' | 'an' {
  const w = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(?:uni|use|usu|uti|ure|uk|ubiq|ufo|eu|one|once|ewe)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

export function articleEdits(sentence: string, edits: readonly Edit[]): Edit[] {
  const fixes: Edit[] = [];
  for (const e of edits) {
    // The edit may start right after the article ("A| once in a lifetime") or after its space.
    const article = /(?<![\p{L}\p{N}'’])(a|an|A|An|AN)\s*$/u.exec(sentence.slice(0, e.start));
    if (!article) continue;
    const next = /^[\s"“'‘(*_]*([\p{L}]+)/u.exec(e.text) ?? (e.text.trim() === '' ? /^[\s"“'‘(*_]*([\p{L}]+)/u.exec(sentence.slice(e.end)) : null);
    if (!next) continue;
    const wanted = articleFor(next[1]);
    if (wanted === article[1].toLowerCase()) continue;
    const start = article.index;
    const text = article[1][0] === article[1][0].toUpperCase() ? wanted[0].toUpperCase() + wanted.slice(1) : wanted;
    fixes.push({ start, end: start + article[1].length, text });
  }
  return fixes;
}
