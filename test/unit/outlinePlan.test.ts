/**
 * The outline's shape: a title holds its subheadings, each subheading holds the statements made
 * under it, up to the next subheading; a statement before the first heading stays at the root.
 */
import * as assert from 'node:assert/strict';
import type { Section } from '../../src/core/types';
import { planOutline } from '../../src/vscode/outlinePlan';

const section = (title: string, start: number, level: 1 | 2): Section => ({ title, start, end: start + title.length, level });

// Offsets of an imagined article: a title, two subheadings, a second title with one subheading.
const TITLE = section('الكرملين: التعاون سيستمر', 0, 1);
const TALKS = section('المحادثات', 100, 2);
const SANCTIONS = section('العقوبات', 300, 2);
const SECOND = section('كيري يرد', 500, 1);
const REPLY = section('الرد الأمريكي', 600, 2);
const END = 800;

/** The plan as titles: each section's parent and end, each statement's home. */
function shape(sections: readonly Section[], starts: readonly number[]) {
  const plan = planOutline(sections, starts, END);
  const title = (i: number | undefined) => (i === undefined ? null : plan.sections[i]!.title);
  return {
    sections: plan.sections.map((s, i) => [s.title, title(plan.parents[i]), plan.ends[i]]),
    homes: plan.homes.map(title),
  };
}

describe('planOutline', () => {
  it('nests subheadings under their title and ends each section at the next of its level or higher', () => {
    assert.deepEqual(shape([TITLE, TALKS, SANCTIONS, SECOND, REPLY], []).sections, [
      ['الكرملين: التعاون سيستمر', null, 500],
      ['المحادثات', 'الكرملين: التعاون سيستمر', 300],
      ['العقوبات', 'الكرملين: التعاون سيستمر', 500],
      ['كيري يرد', null, END],
      ['الرد الأمريكي', 'كيري يرد', END],
    ]);
  });

  it('puts each statement under the innermost section it starts in, in the order given', () => {
    const starts = [150, 40, 350, 520, 700, 300, 499];
    assert.deepEqual(shape([TITLE, TALKS, SANCTIONS, SECOND, REPLY], starts).homes,
      ['المحادثات', 'الكرملين: التعاون سيستمر', 'العقوبات', 'كيري يرد', 'الرد الأمريكي', 'العقوبات', 'العقوبات']);
  });

  it('leaves statements before the first heading at the root, and accepts sections out of order', () => {
    const plan = shape([REPLY, SECOND, TALKS], [10, 99, 120, 550]);
    assert.deepEqual(plan.homes, [null, null, 'المحادثات', 'كيري يرد']);
    assert.deepEqual(plan.sections, [
      ['المحادثات', null, 500],
      ['كيري يرد', null, END],
      ['الرد الأمريكي', 'كيري يرد', END],
    ]);
  });

  it('matches a search of every section for every statement on a long article', () => {
    // 400 copies of the same layout, as a 1 MB file made of one article repeated.
    const sections: Section[] = [];
    const starts: number[] = [];
    for (let copy = 0; copy < 400; copy++) {
      const at = copy * END;
      for (const s of [TITLE, TALKS, SANCTIONS, SECOND, REPLY]) sections.push({ ...s, start: s.start + at, end: s.end + at });
      for (const offset of [5, 120, 310, 505, 650, 799]) starts.push(at + offset);
    }
    const textEnd = 400 * END;
    const plan = planOutline(sections, starts, textEnd);
    // The plain definition: a section ends at the next one of its level or higher; the parent and the
    // home are the last section placed before that holds the position.
    const sorted = plan.sections;
    const ends = sorted.map((s, i) => sorted.slice(i + 1).find(o => o.level <= s.level)?.start ?? textEnd);
    const parents = sorted.map((s, i) => {
      for (let p = i - 1; p >= 0; p--) if (sorted[p]!.level < s.level && sorted[p]!.start <= s.start && s.start < ends[p]!) return p;
      return undefined;
    });
    const homes = starts.map(at => {
      for (let p = sorted.length - 1; p >= 0; p--) if (sorted[p]!.start <= at && at < ends[p]!) return p;
      return undefined;
    });
    assert.deepEqual(plan.ends, ends);
    assert.deepEqual(plan.parents, parents);
    assert.deepEqual(plan.homes, homes);
  });
});
