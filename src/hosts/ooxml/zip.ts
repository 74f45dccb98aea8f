import JSZip from 'jszip';
import { DocumentError } from '../errors';

/** Limits checked on the zip directory before anything is inflated (zip bombs). */
export const ZIP_LIMITS = { maxEntries: 5000, maxEntryBytes: 200 * 1024 * 1024, maxTotalBytes: 400 * 1024 * 1024 };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** JSZip keeps what it read from the central directory here; it has no public accessor. */
interface ZipEntryWithSize {
  _data?: { uncompressedSize?: number; compression?: { magic?: string }; compressedContent?: Uint8Array };
}

/** Inflates raw DEFLATE data into at most `limit` bytes; beyond it, throws DocumentError('error.tooLarge'). */
export type RawInflate = (data: Uint8Array, limit: number) => Uint8Array;

/** DEFLATE's method code in a zip entry, as JSZip names it. */
const DEFLATE_MAGIC = '\x08\x00';

/**
 * A faster inflater than JSZip's own (pako) where the platform has one: the command line
 * gives node's zlib. The browser keeps JSZip's, chunk by chunk.
 */
let rawInflate: RawInflate | null = null;

export function setRawInflate(inflate: RawInflate | null): void {
  rawInflate = inflate;
}

/** Deflates bytes to raw DEFLATE data, with their CRC-32 (which the zip's directory records). */
export type RawDeflate = (data: Uint8Array) => { data: Uint8Array; crc32: number };

/** A native deflater where the platform has one (the command line: zlib, several times faster than JSZip's pako). */
let rawDeflate: RawDeflate | null = null;

export function setRawDeflate(deflate: RawDeflate | null): void {
  rawDeflate = deflate;
}

/**
 * Puts a part's new text (whole, or in pieces one after the other) in the package, encoded as UTF-8,
 * and gives those bytes (what a read back compares). With a native deflater it goes in deflated, as
 * JSZip keeps a part it read (JSZip then copies it as it does every untouched part); otherwise JSZip
 * deflates it when the package is written.
 */
export function putPart(zip: JSZip, name: string, text: string | readonly string[]): Uint8Array {
  const bytes = utf8(text);
  const model = rawDeflate && Object.values(zip.files).map((entry) => (entry as unknown as ZipEntryWithSize)._data).find((data) => data?.compression?.magic === DEFLATE_MAGIC);
  if (!rawDeflate || !model) {
    zip.file(name, bytes, { binary: true });
    return bytes;
  }
  const { data, crc32 } = rawDeflate(bytes);
  // JSZip's record of compressed data (its CompressedObject, which it has no public way to build) made
  // on the prototype of one it built when reading, so that JSZip takes it as its own and copies it.
  const compressed = Object.assign(Object.create(Object.getPrototypeOf(model) as object) as object, {
    compressedSize: data.length,
    uncompressedSize: bytes.length,
    crc32,
    compression: model.compression,
    compressedContent: data,
  });
  zip.file(name, compressed as unknown as Uint8Array, { binary: true });
  return bytes;
}

/** Text, whole or in pieces, as UTF-8: pieces are encoded one after the other into one buffer of their size. */
function utf8(text: string | readonly string[]): Uint8Array {
  if (typeof text === 'string') return ENCODER.encode(text);
  const bytes = new Uint8Array(text.reduce((size, piece) => size + utf8Length(piece, 0, piece.length), 0));
  let at = 0;
  for (const piece of text) at += ENCODER.encodeInto(piece, bytes.subarray(at)).written;
  return bytes;
}

const ENCODER = new TextEncoder();
/** Characters encoded at a time by {@link utf8Length}, into a buffer kept for it (an insert's part comes in thousands of pieces). */
const SLICE = 1 << 16;
let scratch: Uint8Array | null = null;

/**
 * How many bytes UTF-8 takes for the characters from `from` to `to`, as TextEncoder writes them
 * (an unpaired surrogate as U+FFFD): encoded a slice at a time into a small buffer, natively
 * (four times as fast as counting them in a loop here).
 */
export function utf8Length(text: string, from: number, to: number): number {
  scratch ??= new Uint8Array(3 * SLICE);
  let bytes = 0;
  for (let at = from; at < to; ) {
    let end = Math.min(to, at + SLICE);
    // A pair of surrogates is not cut in two.
    if (end < to && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    bytes += ENCODER.encodeInto(text.slice(at, end), scratch).written;
    at = end;
  }
  return bytes;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** JSZip's documented StreamHelper (ZipObject#internalStream), missing from its type definitions. */
interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array | number[]) => void): StreamHelper;
  on(event: 'error', listener: (error: Error) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

interface StreamableEntry {
  internalStream(type: 'uint8array'): StreamHelper;
}

/** Opens an Office Open XML package, refusing what is not one with a clear reason. */
export async function openPackage(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.length === 0) throw new DocumentError('error.emptyFile');
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new DocumentError('error.encryptedOrLegacy');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocumentError('error.notOfficeFile');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new DocumentError('error.corruptFile');
  }
  const entries = Object.values(zip.files);
  if (entries.length > ZIP_LIMITS.maxEntries) throw new DocumentError('error.tooLarge');
  let total = 0;
  for (const entry of entries) {
    const size = (entry as unknown as ZipEntryWithSize)._data?.uncompressedSize ?? 0;
    total += size;
    if (size > ZIP_LIMITS.maxEntryBytes || total > ZIP_LIMITS.maxTotalBytes) throw new DocumentError('error.tooLarge');
  }
  return zip;
}

/** Text of one part of the package, or a clear error when it is missing or unreadable. */
export async function readPart(zip: JSZip, path: string): Promise<string> {
  const text = await readOptionalPart(zip, path);
  if (text === null) throw new DocumentError('error.notOfficeFile');
  return text;
}

/** Text of a part that a package may lack (null then); an unreadable one is a corrupt file. */
export async function readOptionalPart(zip: JSZip, path: string): Promise<string | null> {
  const bytes = await readPartBytes(zip, path);
  // Inflating to bytes and decoding once is faster than JSZip's own string building.
  return bytes && decodePart(bytes);
}

/** The bytes of a part that a package may lack (null then), inflated; an unreadable one is a corrupt file. */
export async function readPartBytes(zip: JSZip, path: string): Promise<Uint8Array | null> {
  const entry = zip.file(path);
  return entry ? inflate(entry) : null;
}

/**
 * A part's text: UTF-8 (what Office writes), or UTF-16 — which XML allows and some
 * generators write — told by its byte order mark or by "<?" in two-byte units.
 */
export function decodePart(bytes: Uint8Array): string {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return new TextDecoder('utf-16le').decode(bytes);
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder().decode(bytes);
}

/** A part written back as UTF-8 says so in its XML declaration (one read as UTF-16 said UTF-16). */
export function asUtf8Declared(xml: string): string {
  const declared = DECLARED_ENCODING.exec(xml);
  // Most parts already say UTF-8: a plan's part is not copied for nothing.
  if (!declared || /^utf-8$/i.test(declared[3])) return xml;
  return `${declared[1]}${declared[2]}UTF-8${declared[2]}${xml.slice(declared[0].length)}`;
}

const DECLARED_ENCODING = /^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])([^"']*)\2/;

/**
 * Inflates an entry chunk by chunk and stops as soon as it yields more than its
 * directory entry declared (already checked against the limits): a zip bomb that
 * understates its size is refused after one chunk, not once it fills memory.
 */
function inflate(entry: JSZip.JSZipObject): Promise<Uint8Array> {
  const data = (entry as unknown as ZipEntryWithSize)._data;
  const declared = data?.uncompressedSize ?? ZIP_LIMITS.maxEntryBytes;
  if (rawInflate && data?.compression?.magic === DEFLATE_MAGIC && data.compressedContent instanceof Uint8Array) {
    try {
      return Promise.resolve(rawInflate(data.compressedContent, declared));
    } catch (error) {
      return Promise.reject(error instanceof DocumentError ? error : new DocumentError('error.corruptFile'));
    }
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (entry as unknown as StreamableEntry).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array | number[]) => {
        size += chunk.length;
        if (size > declared) {
          stream.pause();
          reject(new DocumentError('error.tooLarge'));
        } else chunks.push(chunk instanceof Uint8Array ? chunk : Uint8Array.from(chunk));
      })
      .on('error', () => reject(new DocumentError('error.corruptFile')))
      .on('end', () => resolve(concat(chunks, size)))
      .resume();
  });
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
