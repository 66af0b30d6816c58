import { z } from 'zod';

/**
 * Zod 4 compiles object parsers with `new Function` when it may; the CSP (script-src 'self', no
 * 'unsafe-eval') forbids that, and even zod's probe for it is reported as a violation. Imported
 * first by main.tsx, before anything parses.
 */
z.config({ jitless: true });
