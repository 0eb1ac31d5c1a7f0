import { useId, useState } from 'react';
import { analyzeText } from '../../utils/analysis/analyze-text';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import {
  explainArticle,
  explainDocument,
  type DocumentExplanation,
} from '../../utils/library/explain-relevance';
import { loadMatchIndex } from '../../utils/library/match-documents';
import type { MatchInput } from '../../utils/library/match-core';
import { parseTabArticle } from '../../utils/messaging/tab-article';
import { sendToExtension } from '../../utils/messaging/transport';
import type { LibrarySnapshot } from './use-library';

/** The article text is analysed here, in the manager page, as the background does for a tab. */
const MAX_CHARS = 200_000;

/**
 * "Test an article": paste text and see every document it lists and why, or pick a document
 * that did not show and see what it was missing (for pack authors).
 */
export function TestArticle({ db, library }: { db: SourcelightDb; library: LibrarySnapshot }) {
  const textId = useId();
  const docId = useId();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState('');
  const [result, setResult] = useState<{
    listed: DocumentExplanation[];
    chosen: DocumentExplanation | null;
  } | null>(null);
  const [error, setError] = useState('');
  const [from, setFrom] = useState('');

  async function fillFromTab() {
    const article = parseTabArticle(
      await sendToExtension({ type: 'getTabArticle' }).catch(() => null),
    );
    if (!article) {
      setFrom('');
      return setError(
        'No analysed article is open. Open an article in a tab, wait for Sourcelight to read it, then try again.',
      );
    }
    setError('');
    setText(article.text);
    setFrom(`From the tab “${article.title || article.url}”.`);
  }

  async function test() {
    if (text.trim() === '') return setError('Paste the text of an article first.');
    if (text.length > MAX_CHARS)
      return setError(`At most ${MAX_CHARS.toLocaleString('en')} characters.`);
    setError('');
    const input: MatchInput = { text, analysis: analyzeText(text) };
    const index = await loadMatchIndex(db);
    setResult({
      listed: explainArticle(index, input),
      chosen: chosen ? explainDocument(index, input, chosen) : null,
    });
  }

  return (
    <div className="sl-test-article" data-testid="test-article">
      <label htmlFor={textId}>Article text</label>
      <textarea
        id={textId}
        rows={6}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setFrom('');
        }}
        data-testid="test-article-text"
      />
      {from && (
        <p className="sl-hint" data-testid="test-article-from">
          {from}
        </p>
      )}
      <label htmlFor={docId}>Why not this document? (optional)</label>
      <select
        id={docId}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        data-testid="test-article-document"
      >
        <option value="">Choose a document…</option>
        {library.documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <div className="sl-actions">
        <button type="button" onClick={fillFromTab} data-testid="test-article-use-tab">
          Use the current tab’s article
        </button>
        <button type="button" onClick={test} data-testid="test-article-run">
          Test
        </button>
      </div>
      {error && (
        <p role="alert" className="sl-error">
          {error}
        </p>
      )}
      {result && (
        <div role="status" data-testid="test-article-result">
          <p className="sl-hint">
            {result.listed.length === 0
              ? 'No document qualifies for this text.'
              : `${result.listed.length} document${result.listed.length === 1 ? '' : 's'} qualify (the panel shows the first 10):`}
          </p>
          <ol>
            {result.listed.map((d) => (
              <Explanation key={d.id} doc={d} testId="test-article-listed" />
            ))}
          </ol>
          {result.chosen && <Explanation doc={result.chosen} testId="test-article-chosen" />}
        </div>
      )}
    </div>
  );
}

function Explanation({ doc, testId }: { doc: DocumentExplanation; testId: string }) {
  const Tag = testId === 'test-article-listed' ? 'li' : 'div';
  return (
    <Tag className="sl-entry" data-testid={testId} data-document-id={doc.id}>
      <p className="sl-entry-title">
        {doc.title} <span className="sl-hint">(score {doc.score})</span>
      </p>
      <p className="sl-detail">
        {doc.listed ? 'Listed.' : 'Not listed.'} Found: {doc.found.join('; ')}
      </p>
      {doc.missing.length > 0 && (
        <p className="sl-detail">Needs any one of: {doc.missing.join('; ')}</p>
      )}
    </Tag>
  );
}
