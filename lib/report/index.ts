/** Report public surface: the Report schema/type, its builder and renderers. Browser-safe. */
export { buildReport, GENERATOR, isDisclosure, type ReportExtras } from './build-report';
export { csvFileName, toCsv } from './csv';
export { reportJsonSchema, reportJsonSchemaText } from './json-schema';
export { nonDisclosureMessage, toMarkdown } from './markdown';
export * from './report-schema';
