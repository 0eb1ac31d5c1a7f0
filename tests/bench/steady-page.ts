import { generateArticle } from './generate-article';
import { articlePage } from './generate-pages';

/**
 * A 750-word article whose own script re-lays out the page on every frame (a ticker whose width
 * changes), as pages with carousels, tickers or script-driven sticky headers do.
 */
export function steadyPage(): string {
  const ticker =
    '<div id="ticker" style="height:24px;background:#e8eef7;overflow:hidden">Markets · Weather · Travel</div>' +
    '<script>let frame = 0; const ticker = document.getElementById("ticker");' +
    'const step = () => { frame++; ticker.style.width = 60 + (frame % 40) + "%"; requestAnimationFrame(step); };' +
    'requestAnimationFrame(step);</script>';
  return articlePage(generateArticle(750, 3)).replace('<body>', `<body>${ticker}`);
}
