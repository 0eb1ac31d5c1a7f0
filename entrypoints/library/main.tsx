import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryManager } from '../../components/library/LibraryManager';
import { openDb } from '../../utils/db/open-db';
import { seedBundledPacks } from '../../utils/library/seed-bundled-packs';

const db = openDb();
const root = createRoot(document.getElementById('root')!);
root.render(<p role="status">Preparing the library…</p>);
// Idempotent: covers a manager opened while the background is still installing the bundled packs,
// so the reader never browses (or exports) a half-installed library.
void seedBundledPacks(db)
  .catch((error: unknown) => console.error(error))
  .finally(() =>
    root.render(
      <StrictMode>
        <LibraryManager db={db} />
      </StrictMode>,
    ),
  );
