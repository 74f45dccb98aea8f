import { DocumentError } from '../errors';
import { TABLE_LIMITS } from '../limits';

/** An opening tag with its namespace resolved; `attribute` reads one attribute by local name and namespace. */
export interface XmlTag {
  local: string;
  uri: string;
  /** The attribute `local` in namespace `uri` (null: an unprefixed attribute), or null when absent. */
  attribute(local: string, uri?: string | null): string | null;
  /** Where the tag begins in the part (string index). */
  start(): number;
}

export interface XmlEvents {
  /**
   * True: the element's content is not wanted (no events for it; its close is still given).
   * `tag` holds this element only while open runs: the scanner shows every element through the
   * same object (a part of 20,000 activities opens millions), so what is wanted of it is read here.
   */
  open(tag: XmlTag): boolean | void;
  text(text: string): void;
  /** `end`: just after the element's closing tag (or its "/>"). */
  close(end: number): void;
}

type Scope = ReadonlyMap<string, string>;

/** The one prefix every document has. */
const XML_SCOPE: Scope = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const COLON = 0x3a;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** Characters XML 1.0 does not allow anywhere: controls, U+FFFE/U+FFFF, and (looked for only where a surrogate is) unpaired surrogates. */
const NOT_XML_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
/** Either kind, or any surrogate: a part without one (nearly every part) is passed over once, not twice. */
const SUSPECT = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]/;

function hasNonXmlCharacter(text: string): boolean {
  return SUSPECT.test(text) && (NOT_XML_CHARACTER.test(text) || UNPAIRED_SURROGATE.test(text));
}
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));|&/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function corrupt(): DocumentError {
  return new DocumentError('error.corruptFile');
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** A name may start with a letter, "_" or ":" (or any character past Latin-1's symbols). */
function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a || code >= 0xc0;
}

/** Character and entity references resolved; a "&" that starts none, or a reference to no character, is malformed. */
function resolveReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    if (hex === undefined && decimal === undefined) throw corrupt();
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    if (code > 0x10ffff) throw corrupt();
    const character = String.fromCodePoint(code);
    if (hasNonXmlCharacter(character)) throw corrupt();
    return character;
  });
}

/** Line ends as XML gives them: "\r\n" and a lone "\r" are "\n". */
function lineEnds(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

/** Text as a parser gives it: line ends as "\n", references resolved. */
function textOf(raw: string): string {
  return resolveReferences(lineEnds(raw));
}

/** An attribute value as a parser gives it: white space characters as spaces, references resolved. */
function valueOf(raw: string): string {
  return resolveReferences(raw.replace(/\r\n?|[\t\n]/g, ' '));
}

/**
 * Checks an open tag's attributes (`name="value"` pairs with white space between) and gives where
 * the tag's ">" stands; throws on anything else. One pass over the tag, nothing allocated.
 */
function tagEnd(xml: string, from: number): number {
  // 0: between attributes, 1: in a name, 2: after a name, 3: after "=", 4: in a value.
  let state = 0;
  let quote = 0;
  let spaced = true;
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (state === 4) {
      if (code === quote) {
        state = 0;
        spaced = false;
      } else if (code === LT) throw corrupt();
      continue;
    }
    if (code === GT) {
      if (state !== 0) throw corrupt();
      return i;
    }
    if (code === SLASH) {
      if (state !== 0 || xml.charCodeAt(i + 1) !== GT) throw corrupt();
      continue;
    }
    const space = isSpace(code);
    if (state === 0) {
      if (space) spaced = true;
      else if (spaced && isNameStart(code)) state = 1;
      else throw corrupt();
    } else if (state === 1) {
      if (code === EQUALS) state = 3;
      else if (space) state = 2;
      else if (code === LT || code === DOUBLE_QUOTE || code === SINGLE_QUOTE) throw corrupt();
    } else if (state === 2) {
      if (code === EQUALS) state = 3;
      else if (!space) throw corrupt();
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      quote = code;
      state = 4;
    } else if (!space) throw corrupt();
  }
  throw corrupt();
}

/** A tag as scanned: an attribute is read from the part only when it is asked for. One object shows each tag in turn. */
class ScannedTag implements XmlTag {
  local = '';
  uri = '';
  private at = 0;
  /** Where the attributes stand in the part (after the name, before ">" or "/>"). */
  private attributesFrom = 0;
  private attributesTo = 0;
  private scope: Scope = new Map();

  constructor(private readonly xml: string) {}

  /** This object showing the tag at `at`. */
  show(local: string, uri: string, at: number, attributesFrom: number, attributesTo: number, scope: Scope): this {
    this.local = local;
    this.uri = uri;
    this.at = at;
    this.attributesFrom = attributesFrom;
    this.attributesTo = attributesTo;
    this.scope = scope;
    return this;
  }

  start(): number {
    return this.at;
  }

  /**
   * Read where it stands in the part, nothing split out but its value: the reader asks for "val"
   * and widths on tens of thousands of tags. The tag's syntax was checked by {@link tagEnd}:
   * names, "=", quoted values and white space only.
   */
  attribute(wanted: string, uri: string | null = null): string | null {
    const { xml } = this;
    const end = this.attributesTo;
    let i = this.attributesFrom;
    while (i < end) {
      if (isSpace(xml.charCodeAt(i))) {
        i++;
        continue;
      }
      const nameStart = i;
      let colon = -1;
      for (let code = xml.charCodeAt(i); code !== EQUALS && !isSpace(code); code = xml.charCodeAt(++i)) if (code === COLON && colon < 0) colon = i;
      const nameEnd = i;
      while (xml.charCodeAt(i) !== DOUBLE_QUOTE && xml.charCodeAt(i) !== SINGLE_QUOTE) i++;
      const valueStart = i + 1;
      const valueEnd = xml.indexOf(xml[i], valueStart);
      i = valueEnd + 1;
      const localStart = colon < 0 ? nameStart : colon + 1;
      if (nameEnd - localStart !== wanted.length || !xml.startsWith(wanted, localStart)) continue;
      if (uri === null ? colon < 0 : colon > nameStart && this.scope.get(xml.slice(nameStart, colon)) === uri) return valueOf(xml.slice(valueStart, valueEnd));
    }
    return null;
  }
}

/** An element name as written, with its prefix and local part. */
interface QualifiedName {
  name: string;
  prefix: string;
  local: string;
}

/** A part may name at most this many different elements before names stop being kept (a crafted part could name millions). */
const MAX_KNOWN_NAMES = 4096;

/**
 * The names of a part's elements, each kept once: a part of 20,000 activities opens millions
 * of elements under a few dozen names. A name is found by a hash of its characters, taken
 * while the scanner looks for its end, and checked in place, so no string is made per element
 * and the reader's comparisons of names are comparisons of the same strings.
 */
class ElementNames {
  private readonly known = new Map<number, QualifiedName>();

  at(xml: string, start: number, end: number, hash: number): QualifiedName {
    const known = this.known.get(hash);
    if (known && known.name.length === end - start && xml.startsWith(known.name, start)) return known;
    const name = xml.slice(start, end);
    const colon = name.indexOf(':');
    const qualified = { name, prefix: interned(colon < 0 ? '' : name.slice(0, colon)), local: interned(colon < 0 ? name : name.slice(colon + 1)) };
    if (!known && this.known.size < MAX_KNOWN_NAMES) this.known.set(hash, qualified);
    return qualified;
  }
}

/**
 * The same characters as V8's one copy of them (the string a literal in the code is): a name the
 * reader compares with "p", "tc", "r" … hundreds of thousands of times is then the same string,
 * compared at once, not character by character. A property key is always that copy.
 */
function interned(text: string): string {
  return Object.keys({ [text]: 0 })[0];
}

/** Where a closing tag of `name` starting at `at` ends (its ">"); the name may be followed by white space only. */
function closingTagEnd(xml: string, at: number, name: string): number {
  if (!xml.startsWith(name, at)) throw corrupt();
  let i = at + name.length;
  while (isSpace(xml.charCodeAt(i))) i++;
  if (xml.charCodeAt(i) !== GT) throw corrupt();
  return i;
}

function attributePairs(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const match of text.matchAll(ATTRIBUTE)) pairs.push([match[1], valueOf(match[2] ?? match[3] ?? '')]);
  return pairs;
}

/**
 * Streams an XML part to open/text/close events, nothing kept. A scanner of its own rather than
 * a general SAX parser (saxes took twice the time on a plan's document part, and its namespace
 * processing more again): prefixes are resolved here, attributes only when asked for. What it
 * accepts is well-formed XML without a DTD — elements nested and closed by name, attributes
 * quoted, the five predefined entities and character references, comments, CDATA, processing
 * instructions; a DOCTYPE (so any entity declaration) or anything malformed is a corrupt file.
 *
 * A part may also be read in pieces, each a string of its own, as if they were one (a read back
 * decodes only the pieces it reads): a piece read with `leavesOpen` may end inside elements and
 * gives them; the next piece is read `after` them. A piece ends between tags, never inside an
 * element whose content is left out.
 */
export function streamXml(xml: string, events: XmlEvents, piece: { after?: OpenElements; leavesOpen?: boolean } = {}): OpenElements {
  if (hasNonXmlCharacter(xml)) throw corrupt();
  const scopes = new PrefixScopes(piece.after?.scopes);
  const names = new ElementNames();
  const tag = new ScannedTag(xml);
  const open: string[] = piece.after ? [...piece.after.names] : [];
  let rootSeen = piece.after !== undefined;
  /** Depth of the element whose content is skipped (-1: none): its descendants are checked, not reported. */
  let skipping = -1;
  /** The next "xmlns" in the part: a tag before it declares no namespace (looked for once, not in every tag). */
  let nextXmlns = xml.indexOf('xmlns');
  const text = (value: string) => {
    if (value.length > TABLE_LIMITS.maxText) throw new DocumentError('error.textTooLong', { max: TABLE_LIMITS.maxText });
    events.text(value);
  };
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > pos) {
      const raw = xml.slice(pos, textEnd);
      if (skipping >= 0) resolveReferences(raw);
      else if (open.length > 0) text(textOf(raw));
      else if (raw.trim() !== '') throw corrupt();
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) {
      const name = open.pop();
      if (name === undefined) throw corrupt();
      const gt = closingTagEnd(xml, lt + 2, name);
      pos = gt + 1;
      if (skipping >= 0 && open.length > skipping) continue;
      skipping = -1;
      scopes.leave();
      events.close(gt + 1);
    } else if (next === QUESTION) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw corrupt();
      pos = end + 2;
    } else if (next === BANG) {
      if (xml.startsWith('!--', lt + 1)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw corrupt();
        pos = end + 3;
      } else if (xml.startsWith('![CDATA[', lt + 1) && open.length > 0) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw corrupt();
        if (skipping < 0) text(lineEnds(xml.slice(lt + 9, end)));
        pos = end + 3;
      } else throw corrupt(); // A DOCTYPE: no entity is ever declared or expanded.
    } else {
      if (open.length === 0 && rootSeen) throw corrupt();
      if (!isNameStart(next)) throw corrupt();
      let hash = next;
      let nameEnd = lt + 2;
      for (; nameEnd < xml.length; nameEnd++) {
        const code = xml.charCodeAt(nameEnd);
        if (isSpace(code) || code === SLASH || code === GT) break;
        if (code === LT || code === EQUALS || code === DOUBLE_QUOTE || code === SINGLE_QUOTE) throw corrupt();
        hash = (Math.imul(hash, 31) + code) | 0;
      }
      const gt = tagEnd(xml, nameEnd);
      const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
      const { name, prefix, local } = names.at(xml, lt + 1, nameEnd, hash);
      pos = gt + 1;
      if (open.length + 1 > TABLE_LIMITS.maxDepth) throw new DocumentError('error.tooDeep', { max: TABLE_LIMITS.maxDepth });
      if (skipping >= 0) {
        if (!selfClosing) open.push(name);
        continue;
      }
      const attributesTo = selfClosing ? gt - 1 : gt;
      while (nextXmlns >= 0 && nextXmlns < nameEnd) nextXmlns = xml.indexOf('xmlns', nextXmlns + 1);
      const pairs = nextXmlns >= 0 && nextXmlns < attributesTo ? attributePairs(xml.slice(nameEnd, attributesTo)) : null;
      const scope = scopes.enter(pairs);
      rootSeen = true;
      const skip = events.open(tag.show(local, scope.get(prefix) ?? '', lt, nameEnd, attributesTo, scope)) === true;
      if (selfClosing) {
        scopes.leave();
        events.close(gt + 1);
      } else {
        if (skip) skipping = open.length;
        open.push(name);
      }
    }
  }
  if (!rootSeen || (open.length > 0 && !piece.leavesOpen)) throw corrupt();
  if (skipping >= 0) throw new Error('streamXml: a piece ends inside an element whose content is left out');
  return { names: open, scopes: scopes.open() };
}

/** A part in pieces streamed as if in one: each piece read after the elements the one before left open. */
export function streamXmlPieces(pieces: readonly string[], events: XmlEvents): void {
  let open: OpenElements | undefined;
  for (const [i, piece] of pieces.entries()) open = streamXml(piece, events, { after: open, leavesOpen: i < pieces.length - 1 });
}

/** The elements open where a piece of a part ends (outermost first), and the namespace prefixes in force in each. */
export interface OpenElements {
  readonly names: readonly string[];
  readonly scopes: readonly Scope[];
}

/** Namespace prefixes in force at each open element; a new map only where an element declares one. */
class PrefixScopes {
  private readonly stack: Scope[];

  /** Outside any element, or inside the elements a piece before left open. */
  constructor(open: readonly Scope[] = [XML_SCOPE]) {
    this.stack = [...open];
  }

  /** The scopes in force, outermost first (the document's own, then each open element's). */
  open(): readonly Scope[] {
    return [...this.stack];
  }

  enter(attributes: ReadonlyArray<[string, string]> | null): Scope {
    const parent = this.stack[this.stack.length - 1];
    // Nearly every tag: no attribute was split out, so none declares a prefix.
    if (attributes === null) {
      this.stack.push(parent);
      return parent;
    }
    let scope: Map<string, string> | null = null;
    for (const [name, value] of attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      scope ??= new Map(parent);
      // Interned: the reader compares every tag's namespace with its constants, and a namespace read from a
      // part that holds Vietnamese is a two-byte copy that would be compared character by character each time.
      scope.set(name === 'xmlns' ? '' : name.slice(6), interned(value));
    }
    this.stack.push(scope ?? parent);
    return scope ?? parent;
  }

  leave(): void {
    this.stack.pop();
  }
}
