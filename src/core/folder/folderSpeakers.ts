/**
 * The speakers of a folder: every file's speakers merged by name and short form (speakerMerge.ts),
 * each with its statements across the files, in file order and then text order. What the "Speakers
 * in This Folder" view, the quick pick and the folder export show.
 */
import type { DigestSpeaker, DigestStatement, FileDigest } from './digest';
import { Tally, mergeTargets, speakerKey } from './speakerMerge';
import { append, compareCodeUnits as compare } from '../lists';

/** One file's digest, under the name it is listed by (a URI, a relative path). */
export interface FileDigestRef {
  readonly file: string;
  readonly digest: FileDigest;
}

export interface FolderStatement {
  readonly file: string;
  readonly statement: DigestStatement;
  /** The speaker as that file names it. */
  readonly speaker: DigestSpeaker;
}

export interface FolderSpeaker {
  /** The merged name key: stable while the files change, so a tree keeps its nodes. */
  readonly key: string;
  readonly name: string;
  readonly role?: string;
  /** Every spelling across the files, the shown name first. */
  readonly aliases: readonly string[];
  readonly statements: readonly FolderStatement[];
  /** How many files quote the speaker. */
  readonly files: number;
}

/** One speaker of one file, keyed for merging. */
interface KeyedSpeaker {
  readonly key: string;
  readonly speaker: DigestSpeaker;
  readonly aliasKeys: readonly string[];
  readonly statements: readonly FolderStatement[];
}

/**
 * A file's quoted speakers with their keys: what merging needs of a file, worked out once per digest
 * (a view keeps it while the file is unchanged), so merging a folder again after one file changed
 * normalizes no name.
 */
export interface KeyedFile {
  readonly file: string;
  readonly speakers: readonly KeyedSpeaker[];
}

export function keyedFile({ file, digest }: FileDigestRef): KeyedFile {
  const bySpeaker = digest.speakers.map((): FolderStatement[] => []);
  for (const statement of digest.statements) bySpeaker[statement.speaker]?.push({ file, statement, speaker: digest.speakers[statement.speaker]! });
  const speakers: KeyedSpeaker[] = [];
  digest.speakers.forEach((speaker, i) => {
    const statements = bySpeaker[i]!;
    if (statements.length > 0) speakers.push({ key: speakerKey(speaker.name), speaker, aliasKeys: speaker.aliases.map(speakerKey), statements });
  });
  return { file, speakers };
}

/**
 * The speakers of one name key. Most keys have one speaker from one file: a group only lists its
 * members, and tallies their spellings when it has several, so merging thousands of speakers builds
 * no map or set for most of them.
 */
interface Group {
  readonly key: string;
  readonly members: KeyedSpeaker[];
}

/** Work between two pauses of `mergeInSteps`: a few hundred speakers or files. */
const STEP = 128;

function aliasKeysOf(g: Group): readonly string[] {
  return g.members.length === 1 ? g.members[0]!.aliasKeys : g.members.flatMap(m => m.aliasKeys);
}

/** The folder's speakers, most statements first (then most files, then name). */
export function folderSpeakers(files: Iterable<FileDigestRef>): FolderSpeaker[] {
  return mergeKeyedFiles([...files].map(keyedFile));
}

/**
 * One speaker of the folder from its group and the short forms that joined it. Their statements
 * count for the role, but a short form's spelling must not outvote the full name it joined.
 */
function speakerOf(g: Group, joined: readonly Group[], order: ReadonlyMap<string, number>): FolderSpeaker {
  const all = joined.length === 0 ? g.members : [...g.members, ...joined.flatMap(j => j.members)];
  if (all.length === 1) {
    const { speaker, statements } = all[0]!;
    return { key: g.key, name: speaker.name, ...(speaker.role !== undefined ? { role: speaker.role } : {}), aliases: speaker.aliases, statements, files: 1 };
  }
  const names = new Tally();
  const roles = new Tally();
  const aliases = new Set<string>();
  for (const m of g.members) names.add(m.speaker.name, m.statements.length);
  for (const m of all) {
    roles.add(m.speaker.role, m.statements.length);
    for (const alias of m.speaker.aliases) aliases.add(alias);
  }
  const statements: FolderStatement[] = [];
  for (const m of all) append(statements, m.statements);
  // Members came in file order, each in text order; short forms joined at the end.
  if (joined.length > 0) statements.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.statement.from - b.statement.from);
  let files = 0;
  statements.forEach((s, i) => {
    if (i === 0 || s.file !== statements[i - 1]!.file) files++;
  });
  const name = names.top() ?? g.key;
  const role = roles.top();
  return { key: g.key, name, ...(role !== undefined ? { role } : {}), aliases: [name, ...[...aliases].filter(a => a !== name)], statements, files };
}

/** As `folderSpeakers`, from files keyed beforehand. */
export function mergeKeyedFiles(files: readonly KeyedFile[]): FolderSpeaker[] {
  const steps = mergeInSteps(files);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `mergeKeyedFiles` as a generator that pauses every few hundred items, so an editor can merge a
 * folder of thousands of files in slices of a few milliseconds and keep answering in between.
 */
export function* mergeInSteps(files: readonly KeyedFile[]): Generator<void, FolderSpeaker[], void> {
  const sorted = [...files].sort((a, b) => compare(a.file, b.file));
  const groups = new Map<string, Group>();
  let n = 0;
  for (const { speakers } of sorted) {
    for (const speaker of speakers) {
      const g = groups.get(speaker.key);
      if (g) g.members.push(speaker);
      else groups.set(speaker.key, { key: speaker.key, members: [speaker] });
    }
    if (++n % STEP === 0) yield;
  }
  const targets = mergeTargets([...groups.values()].map(g => ({ key: g.key, aliasKeys: aliasKeysOf(g) })));
  yield;
  const joined = new Map<string, Group[]>();
  for (const [from, to] of targets) {
    const list = joined.get(to);
    if (list) list.push(groups.get(from)!);
    else joined.set(to, [groups.get(from)!]);
    groups.delete(from);
  }
  const order = new Map(sorted.map((f, i) => [f.file, i]));
  const speakers: FolderSpeaker[] = [];
  // A step is as much merging as STEP files' worth: a speaker quoted in a thousand files is a step
  // of its own, however few the speakers.
  let work = 0;
  for (const g of groups.values()) {
    const also = joined.get(g.key) ?? [];
    speakers.push(speakerOf(g, also, order));
    work += g.members.length + also.reduce((k, j) => k + j.members.length, 0);
    if (work >= STEP) { work = 0; yield; }
  }
  return speakers.sort((a, b) => b.statements.length - a.statements.length || b.files - a.files || compare(a.name, b.name));
}
