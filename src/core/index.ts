/**
 * The public face of the analysis: `analyze(text, options) -> Analysis`.
 * PLACEHOLDER while the engine is being written (issue 3): returns an empty analysis.
 */
import type { Analysis, AnalyzeOptions } from './types';
import { looksArabic } from './normalize';

export * from './types';
export { normalizeArabic, looksArabic } from './normalize';

export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  return {
    length: text.length,
    isArabic: looksArabic(text),
    statements: [],
    speakers: [],
    quotes: [],
    quoteIssues: [],
    credits: [],
    sections: [],
    repeatedParagraphs: [],
    looseCues: [],
  };
}
