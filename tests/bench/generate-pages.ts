import type { GeneratedArticle } from './generate-article';

const escape = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const shell = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
${body}
<footer><p>Bench fixture page</p></footer></body></html>`;

/** A news page with the article in an <article> element, as most news sites mark it up. */
export function articlePage(article: GeneratedArticle): string {
  const paragraphs = article.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  return shell(
    article.title,
    `<main><article><h1>${escape(article.title)}</h1>\n${paragraphs}\n</article></main>`,
  );
}

/**
 * A large page that is not an article: a listing of `items` links with a short snippet each,
 * directly in <body> or inside <main> (as most sites mark up their content area).
 */
export function listingPage(items: number, inMain: boolean): string {
  const rows = Array.from(
    { length: items },
    (_, i) =>
      `<li><a href="/item/${i}">Listing item ${i}</a><p>Short description of item ${i}, in stock.</p></li>`,
  ).join('\n');
  const list = `<h1>Catalogue</h1><ul class="results">\n${rows}\n</ul>`;
  return shell('Catalogue', inMain ? `<main>${list}</main>` : `<div class="content">${list}</div>`);
}
