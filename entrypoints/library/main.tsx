import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryManager } from '../../components/library/LibraryManager';
import { openDb } from '../../utils/db/open-db';
import { seedBundledPacks } from '../../utils/library/seed-bundled-packs';

const db = openDb();
// Idempotent: covers a manager opened before the background's install handler ran.
void seedBundledPacks(db);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LibraryManager db={db} />
  </StrictMode>,
);
