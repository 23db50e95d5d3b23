/// <reference lib="webworker" />
import { parseForImport } from './csvParse';
import type { ParseRequest } from './csvParse';

// Reads CSV texts off the page's thread, so a 10,000-row file never stalls drawing.
self.addEventListener('message', (e: MessageEvent<ParseRequest>) => {
  self.postMessage(parseForImport(e.data, () => performance.now()));
});
