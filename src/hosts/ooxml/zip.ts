import JSZip from 'jszip';
import { DocumentError } from '../errors';

/** Limits checked on the zip directory before anything is inflated (zip bombs). */
export const ZIP_LIMITS = { maxEntries: 5000, maxEntryBytes: 200 * 1024 * 1024, maxTotalBytes: 400 * 1024 * 1024 };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** JSZip keeps the sizes read from the central directory here; it has no public accessor. */
interface ZipEntryWithSize {
  _data?: { uncompressedSize?: number };
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
  const entry = zip.file(path);
  if (!entry) return null;
  try {
    // Inflating to bytes and decoding once is faster than JSZip's own string building.
    return new TextDecoder().decode(await entry.async('uint8array'));
  } catch {
    throw new DocumentError('error.corruptFile');
  }
}
