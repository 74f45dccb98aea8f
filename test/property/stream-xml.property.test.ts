import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { streamXml } from '../../src/hosts/ooxml/stream-xml';

const NS = { w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main', a: 'urn:a', '': 'urn:default' };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** The attributes compared: by local name and namespace (null: unprefixed). */
const ATTRIBUTES: Array<[string, string | null, string]> = [['val', NS.w, 'w:val'], ['val', null, 'val'], ['id', NS.a, 'a:id'], ['space', XML_NS, 'xml:space']];

interface Node {
  name: string;
  attributes: Array<[string, string]>;
  children: Array<Node | { text: string; as: 'text' | 'cdata' | 'comment' }>;
}

const character = fc.constantFrom('a', 'Đ', 'ạ', 'ư', ' ', '\t', '\n', '\r', '\r\n', '&', '<', '>', '"', "'", ']', '😀', '1');
const someText = fc.array(character, { maxLength: 8 }).map((parts) => parts.join(''));
const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: fc.constantFrom('w:p', 'w:r', 'w:t', 'a:x', 'y'),
    attributes: fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRIBUTES.map(([, , name]) => name)), someText), { selector: ([name]) => name, maxLength: 3 }),
    children: fc.array(fc.oneof({ maxDepth: 4 }, fc.record({ text: someText, as: fc.constantFrom('text' as const, 'cdata' as const, 'comment' as const) }), tie('node')), { maxLength: 4 }),
  }),
})).node;

function escapeText(text: string, inAttribute: boolean): string {
  // A character reference now and then, as Word and LibreOffice write some.
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/đ/g, '&#273;');
  return inAttribute ? escaped.replace(/"/g, '&quot;').replace(/\t/g, '&#9;') : escaped;
}

function serialise(element: Node, root = false): string {
  const declarations = root ? ` xmlns:w="${NS.w}" xmlns:a="${NS.a}" xmlns="${NS['']}"` : '';
  const attributes = element.attributes.map(([name, value]) => ` ${name}="${escapeText(value, true)}"`).join('');
  const content = element.children
    .map((child) => {
      if ('name' in child) return serialise(child);
      if (child.as === 'cdata') return `<![CDATA[${child.text.replace(/]]>/g, '')}]]>`;
      if (child.as === 'comment') return `<!--${child.text.replace(/-/g, '')}-->`;
      return escapeText(child.text, false);
    })
    .join('');
  return content === '' ? `<${element.name}${declarations}${attributes}/>` : `<${element.name}${declarations}${attributes}>${content}</${element.name}>`;
}

/** Adjacent texts joined: parsers may cut text at comments and CDATA differently. Text around the root is left out. */
function joined(events: string[]): string[] {
  const out: string[] = [];
  for (const event of events) {
    if (event.startsWith('text:') && out.at(-1)?.startsWith('text:')) out[out.length - 1] += event.slice(5);
    else out.push(event);
  }
  // White space around the root is not content: saxes reports it, the scanner does not.
  while (out[0]?.startsWith('text:')) out.shift();
  while (out.at(-1)?.startsWith('text:')) out.pop();
  return out.filter((event) => event !== 'text:');
}

function ours(xml: string): string[] {
  const events: string[] = [];
  streamXml(xml, {
    open: (tag) => {
      events.push(`open:${tag.uri}|${tag.local}|${JSON.stringify(ATTRIBUTES.map(([local, uri]) => tag.attribute(local, uri)))}`);
    },
    text: (text) => events.push(`text:${text}`),
    close: () => events.push('close'),
  });
  return joined(events);
}

function saxes(xml: string): string[] {
  const events: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const attributes = Object.values(tag.attributes) as Array<{ local: string; uri: string; prefix: string; value: string }>;
    const value = (local: string, uri: string | null) => attributes.find((a) => a.local === local && (uri === null ? a.prefix === '' : a.uri === uri))?.value ?? null;
    events.push(`open:${tag.uri}|${tag.local}|${JSON.stringify(ATTRIBUTES.map(([local, uri]) => value(local, uri)))}`);
  });
  parser.on('text', (text) => events.push(`text:${text}`));
  parser.on('cdata', (text) => events.push(`text:${text}`));
  parser.on('closetag', () => events.push('close'));
  parser.write(xml).close();
  return joined(events);
}

describe('the part scanner against saxes', () => {
  it('gives the same elements, namespaces, attributes and text on any well-formed part', () => {
    fc.assert(
      fc.property(node, (root) => {
        const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${serialise(root, true)}\n`;
        expect(ours(xml)).toEqual(saxes(xml));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what saxes refuses when a well-formed part is cut anywhere', () => {
    fc.assert(
      fc.property(node, fc.double({ min: 0, max: 1, noNaN: true }), (root, at) => {
        const xml = serialise(root, true);
        const cut = xml.slice(0, Math.floor(at * (xml.length - 1)));
        const refuses = (read: () => unknown) => {
          try {
            read();
            return false;
          } catch {
            return true;
          }
        };
        expect(refuses(() => ours(cut))).toBe(refuses(() => saxes(cut)));
      }),
      { numRuns: 300 },
    );
  });
});
