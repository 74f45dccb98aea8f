import { SaxesParser } from 'saxes';
import { DocumentError } from '../errors';
import { TABLE_LIMITS } from '../limits';
import { refuseDoctype } from './xml';

/** An opening tag with its namespace resolved; `attribute` reads one attribute by local name and namespace. */
export interface XmlTag {
  local: string;
  uri: string;
  /** The attribute `local` in namespace `uri` (null: an unprefixed attribute), or null when absent. */
  attribute(local: string, uri?: string | null): string | null;
  /** Where the tag begins in the part (string index), worked out only when asked. */
  start(): number;
}

export interface XmlEvents {
  open(tag: XmlTag): void;
  text(text: string): void;
  /** `end`: just after the element's closing tag (or its "/>"). */
  close(end: number): void;
}

type Scope = ReadonlyMap<string, string>;

/**
 * Streams an XML part to open/text/close events, nothing kept. saxes' own namespace
 * processing costs more than the rest of the reading, so prefixes are resolved here and
 * attributes only when asked for. A DTD is refused (no entity is ever declared or
 * expanded); malformed XML is a corrupt file.
 */
export function streamXml(xml: string, events: XmlEvents): void {
  refuseDoctype(xml);
  const scopes = new PrefixScopes();
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > TABLE_LIMITS.maxDepth) throw new DocumentError('error.tooDeep', { max: TABLE_LIMITS.maxDepth });
    const attributes = tag.attributes as Record<string, string>;
    const scope = scopes.enter(attributes);
    const { prefix, local } = splitName(tag.name);
    const after = parser.position;
    events.open({
      local,
      uri: scope.get(prefix) ?? '',
      attribute: (name, uri = null) => attributeOf(attributes, scope, name, uri),
      // The parser stands just after the tag's ">": its "<" is the last one before (attribute values hold none).
      start: () => xml.lastIndexOf('<', after - 1),
    });
  });
  const text = (value: string) => {
    if (value.length > TABLE_LIMITS.maxText) throw new DocumentError('error.textTooLong', { max: TABLE_LIMITS.maxText });
    events.text(value);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('closetag', () => {
    depth--;
    scopes.leave();
    events.close(parser.position);
  });
  parser.on('doctype', () => {
    throw new DocumentError('error.corruptFile');
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('error.corruptFile');
  }
}

/** Namespace prefixes in force at each open element; a new map only where an element declares one. */
class PrefixScopes {
  private readonly stack: Scope[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];

  enter(attributes: Record<string, string>): Scope {
    const parent = this.stack[this.stack.length - 1];
    let scope: Map<string, string> | null = null;
    for (const name in attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      scope ??= new Map(parent);
      scope.set(name === 'xmlns' ? '' : name.slice(6), attributes[name]);
    }
    this.stack.push(scope ?? parent);
    return scope ?? parent;
  }

  leave(): void {
    this.stack.pop();
  }
}

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** Unprefixed attributes have no namespace; prefixed ones are matched on their resolved namespace. */
function attributeOf(attributes: Record<string, string>, scope: Scope, wanted: string, uri: string | null): string | null {
  for (const name in attributes) {
    const { prefix, local } = splitName(name);
    if (local !== wanted) continue;
    if (uri === null ? prefix === '' : prefix !== '' && scope.get(prefix) === uri) return attributes[name];
  }
  return null;
}
