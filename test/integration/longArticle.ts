/** Long test documents made of copies of the seed article (never corpus text). */

/** Copies of `article`, separated by a blank line, until the UTF-8 size reaches `bytes`. */
export function longArticle(article: string, bytes: number): { text: string; bytes: number } {
  const copies: string[] = [];
  let size = 0;
  while (size < bytes) {
    copies.push(article);
    size += new TextEncoder().encode(article).length + 2;
  }
  return { text: copies.join('\n\n'), bytes: size };
}

/** Copies of `article` cut to exactly `chars` UTF-16 code units. */
export function articleOfLength(article: string, chars: number): string {
  let text = article;
  while (text.length < chars) text += `\n\n${article}`;
  return text.slice(0, chars);
}

