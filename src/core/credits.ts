/**
 * Source credits: agencies, outlets, photo credits, URLs, datelines.
 * PLACEHOLDER (issue 3, credits part): returns no credits until the gazetteer lands.
 */
import type { AnalyzeOptions, Credit } from './types';

export function findCredits(_text: string, _options: AnalyzeOptions = {}): Credit[] {
  return [];
}
