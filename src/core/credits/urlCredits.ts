/**
 * URL credits: a photo or a fact credited to a website by its address (البيت الأبيض.
 * www.politico.com). The canonical name comes from the domain: the gazetteer's name when the label
 * is a known outlet (cnn -> CNN), else the label capitalized (politico -> Politico).
 */
import type { Credit } from '../types';
import type { Gazetteer } from './gazetteer';

const URL = /(?:https?:\/\/|www\.)[^\s"'«»<>()[\]{}،؛]+/gi;
const TRAILING = /[.,;:!?؟…]+$/;
/** Link shorteners hide the site: the address credits nobody. */
const SHORTENERS = new Set(['bit.do', 'bit.ly', 'goo.gl', 't.co', 'tinyurl.com', 'ow.ly', 'is.gd']);

/** Second-level labels under a country domain (bbc.co.uk, kfsc.edu.sa): the name is the label before. */
const SECOND_LEVEL = new Set(['com', 'org', 'net', 'co', 'gov', 'edu', 'ac', 'info']);

/** The label that names the site: www.politico.com -> politico, arabic.cnn.com -> cnn, www.kfsc.edu.sa -> kfsc. */
function siteLabel(host: string): string {
  const labels = host.split('.').filter(l => l !== '' && l !== 'www');
  if (labels.length > 1) labels.pop();
  while (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1])) labels.pop();
  return labels[labels.length - 1] ?? host;
}

export function findUrlCredits(text: string, gaz: Gazetteer): Credit[] {
  if (!text.includes('www.') && !text.includes('://')) return [];
  const out: Credit[] = [];
  const re = new RegExp(URL.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0].replace(TRAILING, '');
    if (raw.length < 8) continue;
    const host = raw.replace(/^https?:\/\//i, '').split(/[/?#:]/)[0].toLowerCase();
    const label = siteLabel(host);
    if (SHORTENERS.has(host)) continue;
    const known = gaz.byFirstWord.get(label) ?? gaz.byFirstWord.get(label.toUpperCase());
    const entry = known?.find(c => c.words.length === 1)?.entry;
    // Short labels are initials (kku -> KKU), longer ones names (politico -> Politico).
    const source = entry?.source ?? (label.length <= 4 ? label.toUpperCase() : label[0].toUpperCase() + label.slice(1));
    out.push({ text: raw, start: m.index, end: m.index + raw.length, source, sourceArabic: entry?.arabic, kind: 'website' });
  }
  return out;
}
