/** Recognise (stage 3) public surface. Browser-safe (testing/ is Node-only and not exported). */
export { fold } from './fold';
export { recogniseDocument, recogniseTable } from './recognise-document';
export { classifyTable, type KindBy, type KindResult, kindFromTitle } from './table-kind';
