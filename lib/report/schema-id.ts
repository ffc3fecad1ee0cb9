/**
 * The Report's schema id, on its own: code that only stamps reports (build-report, in the page's overlay script) need
 * not construct the whole zod schema just to read this string.
 */
export const REPORT_SCHEMA_ID = 'budget-lens/report@2';
