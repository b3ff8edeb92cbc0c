/**
 * Help search over the answers' text in both languages. Words typed with spaces must each
 * appear; Chinese has no spaces, so a Chinese phrase also matches when most of its
 * two-character pieces do ("忘记密码" finds "忘记了支付密码").
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function termMatches(haystack: string, term: string): boolean {
  if (haystack.includes(term)) return true;
  if (!CJK.test(term) || term.length < 3) return false;
  const pieces: string[] = [];
  for (let i = 0; i + 2 <= term.length; i++) pieces.push(term.slice(i, i + 2));
  const found = pieces.filter((piece) => haystack.includes(piece)).length;
  return found * 3 >= pieces.length * 2;
}

/** Whether a topic (its texts in every language, joined) answers the query. */
export function matchesQuery(haystack: string, query: string): boolean {
  const terms = normalise(query)
    .split(/[\s,，。、?？!！]+/)
    .filter(Boolean);
  if (terms.length === 0) return true;
  const text = normalise(haystack);
  return terms.every((term) => termMatches(text, term));
}
