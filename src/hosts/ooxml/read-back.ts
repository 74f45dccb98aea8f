import type { SourceDocument, Table } from '../../plan/types';
import { mayUseLegacyFonts, readStyleFonts, type StyleFonts } from './fonts';
import { ListCounter, type ListDefinitions } from './numbering';
import { legacyFonts, openWordParts, readDocx, readPartInto } from './read-docx';
import type { Span } from './splice-docx';
import { WordReader, type ReaderCheckpoint } from './word-reader';
import { decodePart, utf8Length } from './zip';

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

/** The document part as a command wrote it: its text (in pieces, one after the other), and the UTF-8 bytes put in the package. */
export interface WrittenPart {
  text: readonly string[];
  bytes: Uint8Array;
}

/**
 * What reading back a written file can start from: the last body block before which the
 * written part is the part read, with what was read before it and a fingerprint of the
 * part's bytes up to it (the parts themselves, tens of megabytes, are let go).
 */
export interface ReadBackStart {
  checkpoint: ReaderCheckpoint<Span>;
  /** How many bytes of the written part stand before the body's first block (the root's and body's opening tags, read again). */
  headBytes: number;
  /** Where the checkpoint's block begins in the written part's bytes: the bytes before it are compared, not decoded. */
  blockBytes: number;
  fingerprint: string;
  stylesXml: string | null;
  numberingXml: string | null;
  legacy: boolean;
  /** Whether the part before the block names a TCVN3 or VNI font. */
  legacyBefore: boolean;
  tables: readonly Table[];
  paragraphs: readonly string[];
}

/** Where a read back of `written` (the document part as written from `earlier`) can start, or null when only a whole read would do. */
export function readBackStart(earlier: EarlierRead, written: WrittenPart): ReadBackStart | null {
  const same = samePrefixLength(earlier.xml, written.text);
  let found: ReaderCheckpoint<Span> | null = null;
  for (const checkpoint of earlier.checkpoints) {
    if (checkpoint.node.start > same) break;
    found = checkpoint;
  }
  // At the first block nothing would be saved.
  if (!found || found === earlier.checkpoints[0]) return null;
  const head = earlier.checkpoints[0].node.start;
  const block = found.node.start;
  // Up to the block, the part written is the part read: its characters are those of the part read.
  const headBytes = utf8Length(earlier.xml, 0, head);
  const blockBytes = headBytes + utf8Length(earlier.xml, head, block);
  if (blockBytes > written.bytes.length) return null;
  const { stylesXml, numberingXml, legacy } = earlier;
  return {
    checkpoint: found,
    headBytes,
    blockBytes,
    fingerprint: fingerprint(written.bytes, blockBytes),
    stylesXml,
    numberingXml,
    legacy,
    // The part before the block is the one read: where the read found no legacy font, it names none.
    legacyBefore: legacy && mayUseLegacyFonts(earlier.xml.slice(0, block)),
    tables: earlier.tables.slice(0, found.tables),
    paragraphs: earlier.paragraphs.slice(0, found.paragraphs),
  };
}

/**
 * Reads a written .docx as {@link readDocx} reads it, reading again only from the body block
 * where its document part first differs from the one read before: a command's output is read
 * back before it replaces anything, and an evaluation table put after a plan of 20,000
 * activities leaves the plan's characters as they were. The part is inflated whole; its bytes
 * before that block must have the fingerprint of the ones written, and only the opening tags
 * before the body's first block and the part from that block on are decoded and read (and
 * checked) as any part is. Other styles, numbering or legacy fonts, or another fingerprint
 * (bytes that are not the ones written), mean a whole read.
 */
export async function readDocxAfter(start: ReadBackStart | null, bytes: Uint8Array): Promise<SourceDocument> {
  const pieces = start && (await piecesToRead(start, bytes));
  if (!start || !pieces) return readDocx(bytes);
  const { checkpoint } = start;
  const reader = new WordReader<null>('root', new ListCounter(pieces.lists, checkpoint.lists), pieces.fonts, { continuing: checkpoint });
  readPartInto([pieces.head, pieces.rest], reader);
  return reader.source({ tables: start.tables, paragraphs: start.paragraphs });
}

/** The written part's text before its first block and from the checkpoint's block on, with its lists and fonts; null when its bytes before that block are not the ones written. */
async function piecesToRead(start: ReadBackStart, bytes: Uint8Array): Promise<{ head: string; rest: string; lists: ListDefinitions; fonts: StyleFonts | null } | null> {
  const written = await openWordParts(bytes);
  const part = written.documentBytes;
  const { stylesXml } = written;
  if (stylesXml !== start.stylesXml || written.numberingXml !== start.numberingXml) return null;
  if (part.length < start.blockBytes || fingerprint(part, start.blockBytes) !== start.fingerprint) return null;
  const rest = decodePart(part.subarray(start.blockBytes));
  // A block begins with "<": no legacy font name runs across where the part is cut.
  const fonts = legacyFonts(rest, stylesXml) ?? (start.legacyBefore ? readStyleFonts(stylesXml) : null);
  if ((fonts !== null) !== start.legacy) return null;
  return { head: decodePart(part.subarray(0, start.headBytes)), rest, lists: written.lists, fonts };
}

const CHUNK = 1 << 14;

/** How many characters a string and another (whole, or in pieces one after the other) have in common at their start. */
export function samePrefixLength(a: string, b: string | readonly string[]): number {
  let at = 0;
  for (const piece of typeof b === 'string' ? [b] : b) {
    const same = commonStart(a, at, piece);
    at += same;
    if (same < piece.length) break;
  }
  return at;
}

/** How many of `piece`'s first characters stand at `from` in `text` (compared a chunk at a time). */
function commonStart(text: string, from: number, piece: string): number {
  const end = Math.min(text.length - from, piece.length);
  let at = 0;
  while (at + CHUNK <= end && text.slice(from + at, from + at + CHUNK) === piece.slice(at, at + CHUNK)) at += CHUNK;
  while (at < end && text.charCodeAt(from + at) === piece.charCodeAt(at)) at++;
  return at;
}

/**
 * Two 32-bit hashes of the first `end` bytes, read four at a time (little-endian, wherever the
 * bytes stand in their buffer): one of the words at even places, one of those at odd places, then
 * the last few bytes one by one (FNV-1a steps). Each byte is hashed once, and a change of any one
 * of them still changes the hash of its lane (every step is one-to-one). A part of 20,000
 * activities is 27 million bytes.
 */
export function fingerprint(bytes: Uint8Array, end: number): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const words = end - (end % 8);
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  let i = 0;
  for (; i < words; i += 8) {
    a = Math.imul(a ^ view.getUint32(i, true), 0x01000193);
    b = Math.imul(b ^ view.getUint32(i + 4, true), 0x85ebca6b);
  }
  for (; i < end; i++) a = Math.imul(a ^ bytes[i], 0x01000193);
  return `${end}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}
