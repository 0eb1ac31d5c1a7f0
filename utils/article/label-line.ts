/**
 * Lines of page furniture that stand alone between blocks of the article, whatever element holds
 * them: an advertisement's label ("Advertisement", "Anzeige"), a share bar's or a gallery's caption
 * ("Social Share", "View photo", "Pin"), the heading left over from a list of other stories that was
 * left out ("Read also", "Lesen Sie auch", "Comments"), and metadata lines (`meta-line.ts`). Such a label is often a bare
 * text node beside the box it names, so class names and block rules miss it; it is recognised as a
 * whole line, and only as one (a sentence that mentions comments is prose).
 */
import type { KeptSink } from './assemble-article';
import { isMetaLineText } from './meta-line';

/** Longer lines are prose. */
const MAX_LABEL_LINE = 60;

const LABELS: readonly RegExp[] = [
  // Advertisements, in the languages of the pages we read.
  /^(?:advertisement|advertising|ads?|sponsored(?: content| links?)?|anzeigen?|werbung|publicidad|publicité|pubblicità|advertentie|reklama|реклама|広告|广告)$/i,
  /^promoted by\b.{0,40}$/i,
  // Share bars and buttons.
  /^(?:social )?share(?: this(?: (?:article|story|post|page))?| on \w+)?$/i,
  /^(?:tweet|pin(?: it)?|save|print|e-?mail|copy link|whatsapp|facebook|twitter)$/i,
  // Galleries and media.
  /^(?:photo|photos|image|video|view (?:photo|photos|image|gallery|slideshow)|(?:show|view|see) all(?: \d+)?(?: photos| images)?|click to enlarge|enlarge)$/i,
  // Comment sections.
  /^(?:\d+ )?(?:comments?|kommentare?|comentarios?|commentaires?|commenti|reply|leave a (?:comment|reply)|add a comment|post a comment)$/i,
  // The heading of a list of other stories (the list itself is left out as links).
  /^(?:read (?:also|more|next)|also read|related(?: (?:articles?|stories|posts?|content|news|coverage|reading))?|more (?:stories|news|on this story)|lesen sie (?:auch|mehr)|mehr zum thema|(?:à )?lire aussi|leia (?:também|mais)|lea también|lee también|leggi anche)$/i,
];

/** Whether a line of text, whitespace squashed, is a furniture label or a metadata line and nothing else. */
export function isLabelLine(line: string): boolean {
  // A metadata line is one too when it is not a block of its own ("<p><b>July 7</b><br>…").
  if (isMetaLineText(line)) return true;
  // Trailing punctuation and counts in brackets do not make a label prose: "Comments (12)", "Share:".
  const text = line.replace(/\s*(?:\(\d+\)|[:|›»·•-])\s*$/u, '').trim();
  if (text.length === 0 || text.length > MAX_LABEL_LINE) return false;
  return LABELS.some((re) => re.test(text));
}

/**
 * A sink that holds each line's text nodes until the line ends and passes them on unless the line
 * is a label (`isLabelLine`). `flush` passes on the last line.
 */
export function labelLineFilter(sink: KeptSink): KeptSink & { flush(): void } {
  let line: Text[] = [];
  const flush = () => {
    if (line.length === 0) return;
    const text = line
      .map((t) => t.data)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (!isLabelLine(text)) for (const t of line) sink.text(t);
    line = [];
  };
  return {
    text: (node) => void line.push(node),
    newline() {
      flush();
      sink.newline();
    },
    flush,
  };
}
