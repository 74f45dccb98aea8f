import { partPath, relationshipsPath } from '../ooxml/part-paths';
import { childElements } from '../ooxml/xml';

const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DOCUMENT_RELS = '/word/_rels/document.xml.rels';
/** Parts Word needs to take the blocks as they are: the package's and the document's, styles and lists (referred to by id, not by relationship). */
const ALWAYS = new Set(['/_rels/.rels', '/word/document.xml', DOCUMENT_RELS]);
const NEEDED_TYPES = ['/styles', '/numbering'];

/** The part a relationship points to, from the relationships part that holds it (flat-package names start with "/"). */
function targetPart(relsPart: string, target: string): string {
  const owner = relsPart.replace(/_rels\/([^/]+)\.rels$/, '$1');
  return `/${partPath(owner.slice(1), target)}`;
}

/** A part's relationships part ("/word/numbering.xml" → "/word/_rels/numbering.xml.rels"). */
function relsOf(part: string): string {
  return `/${relationshipsPath(part.slice(1))}`;
}

/**
 * Trims the flat OOXML package Word gave (`getOoxml()`) to what the blocks of `body` need before
 * it goes back through insertOoxml: the document's relationships that the blocks refer to (an
 * image, a link), styles and numbering, and what those refer to. Headers, footers, the theme,
 * settings and images elsewhere in the document are left out: Word keeps its own, and sending
 * every part back is what makes insertOoxml slow (Word on the web shows a wait dialog).
 */
export function keepReferencedParts(pkg: Document, body: Element): void {
  const parts = new Map(childElements(pkg.documentElement).filter((part) => part.localName === 'part').map((part) => [part.getAttributeNS(PKG_NS, 'name') ?? '', part]));
  const referenced = new Set<string>();
  for (const element of [body, ...body.getElementsByTagName('*')]) {
    for (const attribute of [...element.attributes]) if (attribute.namespaceURI === REL_NS) referenced.add(attribute.value);
  }
  const kept = new Set(ALWAYS);
  const keep = (part: string): void => {
    if (kept.has(part) || !parts.has(part)) return;
    kept.add(part);
    // What a kept part refers to (a picture bullet of the numbering) goes with it.
    const rels = relsOf(part);
    if (!parts.has(rels)) return;
    kept.add(rels);
    for (const relationship of relationshipsOf(parts.get(rels) as Element)) if (relationship.getAttribute('TargetMode') !== 'External') keep(targetPart(rels, relationship.getAttribute('Target') ?? ''));
  };
  const documentRels = parts.get(DOCUMENT_RELS);
  for (const relationship of documentRels ? relationshipsOf(documentRels) : []) {
    const needed = referenced.has(relationship.getAttribute('Id') ?? '') || NEEDED_TYPES.some((type) => (relationship.getAttribute('Type') ?? '').endsWith(type));
    if (!needed) relationship.parentNode?.removeChild(relationship);
    else if (relationship.getAttribute('TargetMode') !== 'External') keep(targetPart(DOCUMENT_RELS, relationship.getAttribute('Target') ?? ''));
  }
  // The package's own relationships name the document alone (no properties parts go back).
  const packageRels = parts.get('/_rels/.rels');
  for (const relationship of packageRels ? relationshipsOf(packageRels) : []) if (!(relationship.getAttribute('Type') ?? '').endsWith('/officeDocument')) relationship.parentNode?.removeChild(relationship);
  for (const [name, part] of parts) if (!kept.has(name)) part.parentNode?.removeChild(part);
}

function relationshipsOf(relsPart: Element): Element[] {
  return [...relsPart.getElementsByTagName('Relationship')];
}
