import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClassView } from '../../components/classroom/ClassView';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClassView />
  </StrictMode>,
);
