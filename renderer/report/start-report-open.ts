/**
 * Imported first by the entry (main.tsx), so it runs before React is even initialised: a start on a
 * report's address asks for the report and the editor's chunk at once (first-open.ts).
 */
import { openReportEarly } from './first-open';

openReportEarly();
