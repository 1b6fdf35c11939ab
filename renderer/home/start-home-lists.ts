/**
 * Imported first by the entry (main.tsx), so it runs before React is even initialised: a start on the
 * home page asks for its lists at once (first-list.ts).
 */
import { requestHomeListsEarly } from './first-list';

requestHomeListsEarly();

export { afterEarlyHomeLists } from './first-list';
