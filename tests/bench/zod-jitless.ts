import { z } from 'zod';

// The library bench is evaluated through CDP, where zod's eval probe passes but the page's CSP
// later refuses the compiled parser. Imported first: schemas read the setting when they are built.
z.config({ jitless: true });
