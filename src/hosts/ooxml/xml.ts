import { DocumentError } from '../errors';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** OOXML never carries a DTD: one is refused before parsing, so no entity is ever declared or expanded. */
export function refuseDoctype(xml: string): void {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) throw new DocumentError('error.corruptFile');
}

/** Element children of a node. */
export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) out.push(child as Element);
  }
  return out;
}

/** True when the element is w:{name}. */
export function isW(node: Node, name: string): node is Element {
  return node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === W_NS;
}
