/**
 * Stage 1 (extract, HTML): public surface of the HTML extractor. `lib/locate` resolves anchors with the same
 * enumerations exported here (tables, rows, cells, blocks); nothing here touches browser globals.
 */
export { htmlBlockElements } from './blocks';
export { htmlTableElements, rowCellElements, tableRowElements } from './dom';
export { extractHtml, extractHtmlSteps } from './extract-html';
export { runSliced, type SliceClock, type SlicedResult } from './steps';
