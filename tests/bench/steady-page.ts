import { generateArticle } from './generate-article';
import { articlePage } from './generate-pages';

const TICKER =
  '<div id="ticker" style="height:24px;background:#e8eef7;overflow:hidden">Markets · Weather · Travel</div>' +
  '<script>let frame = 0; const ticker = document.getElementById("ticker");' +
  'const step = () => { frame++; ticker.style.width = 60 + (frame % 40) + "%"; requestAnimationFrame(step); };' +
  'requestAnimationFrame(step);</script>';

/** A news site's reading layout: a lead image, then a column of 18 px text. */
const NEWS_LAYOUT =
  '<style>body{margin:0;font:18px/1.6 Georgia,serif}main{max-width:640px;margin:0 auto;padding:0 16px}' +
  '.lead{height:360px;background:#cfd8dc}</style>';

/**
 * A 750-word article whose own script re-lays out the page on every frame (a ticker whose width
 * changes), as pages with carousels, tickers or script-driven sticky headers do. `news`: laid out
 * as a news site does (lead image, a 640 px column of 18 px text: a few paragraphs in view);
 * `compact`: unstyled, so the whole article and every highlight is in view at once (worst case).
 */
export function steadyPage(layout: 'news' | 'compact'): string {
  const html = articlePage(generateArticle(750, 3)).replace('<body>', `<body>${TICKER}`);
  if (layout === 'compact') return html;
  return html
    .replace('</head>', `${NEWS_LAYOUT}</head>`)
    .replace('<main><article>', '<main><div class="lead" role="img"></div><article>');
}
