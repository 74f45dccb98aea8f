import type { SourceDocument, Table } from '../../plan/types';
import { ListCounter } from './numbering';
import { openWordPackage, readDocx, readPartInto } from './read-docx';
import type { Span } from './splice-docx';
import { WordReader, type ReaderCheckpoint } from './word-reader';

/** What the first read of a .docx knows when the file written from it is made. */
export interface EarlierRead {
  /** The document part as it was read. */
  xml: string;
  stylesXml: string | null;
  numberingXml: string | null;
  /** Whether its text was read through legacy (TCVN3, VNI) fonts. */
  legacy: boolean;
  /** The tables and body paragraphs read (as they were read: nothing changes a document once read). */
  tables: readonly Table[];
  paragraphs: readonly string[];
  /** Where the reader stood at each block of the body. */
  checkpoints: ReadonlyArray<ReaderCheckpoint<Span>>;
}

/**
 * What reading back a written file can start from: the last body block before which the
 * written part is the part read, with what was read before it and a fingerprint of the
 * characters up to it (the parts themselves, tens of megabytes, are let go).
 */
export interface ReadBackStart {
  checkpoint: ReaderCheckpoint<Span>;
  /** Where the body's first block begins: what stands before it (the root's and body's opening tags) is read again. */
  head: number;
  fingerprint: string;
  stylesXml: string | null;
  numberingXml: string | null;
  legacy: boolean;
  tables: readonly Table[];
  paragraphs: readonly string[];
}

/** Where a read back of `writtenPart` (the document part as written from `earlier`) can start, or null when only a whole read would do. */
export function readBackStart(earlier: EarlierRead, writtenPart: string): ReadBackStart | null {
  const same = samePrefixLength(earlier.xml, writtenPart);
  let found: ReaderCheckpoint<Span> | null = null;
  for (const checkpoint of earlier.checkpoints) {
    if (checkpoint.node.start > same) break;
    found = checkpoint;
  }
  // At the first block nothing would be saved.
  if (!found || found === earlier.checkpoints[0]) return null;
  const { stylesXml, numberingXml, legacy } = earlier;
  return {
    checkpoint: found,
    head: earlier.checkpoints[0].node.start,
    fingerprint: fingerprint(writtenPart, found.node.start),
    stylesXml,
    numberingXml,
    legacy,
    tables: earlier.tables.slice(0, found.tables),
    paragraphs: earlier.paragraphs.slice(0, found.paragraphs),
  };
}

/**
 * Reads a written .docx as {@link readDocx} reads it, reading again only from the body block
 * where its document part first differs from the one read before: a command's output is read
 * back before it replaces anything, and an evaluation table put after a plan of 20,000
 * activities leaves the plan's characters as they were. The file is opened and inflated whole;
 * the part before that block must have the fingerprint of the one written, the blocks from
 * there on are read (and checked) as any part is. Other styles, numbering or legacy fonts,
 * or another fingerprint (bytes that are not the ones written), mean a whole read.
 */
export async function readDocxAfter(start: ReadBackStart | null, bytes: Uint8Array): Promise<SourceDocument> {
  if (!start) return readDocx(bytes);
  const written = await openWordPackage(bytes);
  const { checkpoint } = start;
  const same =
    written.stylesXml === start.stylesXml &&
    written.numberingXml === start.numberingXml &&
    (written.fonts !== null) === start.legacy &&
    written.xml.length >= checkpoint.node.start &&
    fingerprint(written.xml, checkpoint.node.start) === start.fingerprint;
  if (!same) return readDocx(bytes);
  const reader = new WordReader<null>('root', new ListCounter(written.lists, checkpoint.lists), written.fonts, { continuing: checkpoint });
  // The root's and body's opening tags (everything before the first block), then the part from that block on.
  readPartInto(written.xml, reader, { from: start.head, to: checkpoint.node.start });
  return reader.source({ tables: start.tables, paragraphs: start.paragraphs });
}

const CHUNK = 1 << 14;

/** How many characters two strings have in common at their start (compared a chunk at a time). */
export function samePrefixLength(a: string, b: string): number {
  const end = Math.min(a.length, b.length);
  let at = 0;
  while (at < end && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  if (at >= end) return end;
  while (at < end && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/**
 * Two 32-bit hashes of the text's first `end` characters, one of those at even places, one of those
 * at odd places (FNV-1a steps): each character is hashed once, and a change of any one of them still
 * changes the hash of its lane (every step is one-to-one). A part of 20,000 activities is 25 million characters.
 */
export function fingerprint(text: string, end: number): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  let i = 0;
  for (; i + 1 < end; i += 2) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ text.charCodeAt(i + 1), 0x85ebca6b);
  }
  if (i < end) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
  return `${end}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}
