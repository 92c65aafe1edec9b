import { z } from 'zod';

// zod 4 compiles fast parsers with `new Function` and probes for it on first use. Under our
// CSP (no 'unsafe-eval', Trusted Types for scripts) that probe is refused and logged as a
// console error. The interpreted parser is fast enough for our data, so never ask.
// Imported first by main.tsx, before any module can build or run a schema.
z.config({ jitless: true });
