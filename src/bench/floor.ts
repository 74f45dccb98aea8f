/**
 * The floor of reading a .docx in a process of its own: start node, read the file, inflate
 * word/document.xml with zlib and run one SAX pass (saxes, the parser the readers use) with
 * empty handlers. `node dist/src/bench/floor.js FILE`; nothing is printed.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';

/** The raw DEFLATE data of one entry, found through the zip's central directory. */
function entryData(zip: Buffer, name: string): Buffer {
  let end = zip.length - 22;
  while (end > 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const [nameLength, extra, comment] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      return zip.subarray(start, start + zip.readUInt32LE(at + 20));
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} not found`);
}

const xml = inflateRawSync(entryData(readFileSync(process.argv[2]), 'word/document.xml')).toString('utf8');
const parser = new SaxesParser({ xmlns: false });
parser.on('opentag', () => undefined);
parser.on('text', () => undefined);
parser.on('closetag', () => undefined);
parser.write(xml).close();
