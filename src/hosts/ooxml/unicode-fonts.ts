import { decodeLegacy, fontEncoding } from '../../plan/legacy-encoding';
import { effectiveFont, rFontsName, type StyleFonts } from './fonts';
import { childElements, isW, W_NS } from './xml';

/** The font text converted to Unicode is given: the one decrees and official letters use. */
export const UNICODE_FONT = 'Times New Roman';

/**
 * Converts every run a TCVN3 or VNI font draws (its own font, its style's or the document's)
 * to the Unicode letters it shows, in Times New Roman; paragraph marks and styles that name
 * such a font are given Times New Roman too, so text typed there later is Unicode. The
 * same conversion Unikey's converter does by hand, on the document's own runs.
 */
export function convertLegacyRuns(root: Element, fonts: StyleFonts): number {
  let converted = 0;
  for (const run of [...root.getElementsByTagNameNS(W_NS, 'r')]) {
    const encoding = fontEncoding(runFont(run, fonts));
    if (!encoding) continue;
    for (const child of childElements(run)) {
      // TCVN3's ư is the soft hyphen's code: Word and LibreOffice keep it as w:softHyphen.
      if (child.namespaceURI !== W_NS || !['t', 'delText', 'softHyphen'].includes(child.localName)) continue;
      const softHyphen = child.localName === 'softHyphen';
      const text = softHyphen ? root.ownerDocument.createElementNS(W_NS, 'w:t') : child;
      const decoded = decodeLegacy(softHyphen ? '\u00ad' : (child.textContent ?? ''), encoding.encoding, encoding.capitals);
      while (text.firstChild) text.removeChild(text.firstChild);
      text.appendChild(root.ownerDocument.createTextNode(decoded));
      if (softHyphen) run.replaceChild(text, child);
    }
    setUnicodeFont(run);
    converted++;
  }
  for (const rFonts of [...root.getElementsByTagNameNS(W_NS, 'rFonts')]) {
    if (fontEncoding(rFontsName((name) => attribute(rFonts, name))) !== null) setFonts(rFonts);
  }
  return converted;
}

/** Gives a run written as Unicode a Unicode font when the font it would take is a legacy one. */
export function keepUnicodeReadable(run: Element, fonts: StyleFonts | null): void {
  if (fonts && fontEncoding(runFont(run, fonts)) !== null) setUnicodeFont(run);
}

/** A run's font as Word resolves it (its own, its character style's, its paragraph's style, the document's). */
function runFont(run: Element, fonts: StyleFonts): string | null {
  const rPr = childElements(run).find((c) => isW(c, 'rPr'));
  const rFonts = rPr && childElements(rPr).find((c) => isW(c, 'rFonts'));
  const rStyle = rPr && childElements(rPr).find((c) => isW(c, 'rStyle'));
  return effectiveFont(fonts, { font: rFonts ? rFontsName((name) => attribute(rFonts, name)) : null, style: rStyle ? attribute(rStyle, 'val') : null }, paragraphStyle(run));
}

function paragraphStyle(run: Element): string | null {
  let node: Node | null = run.parentNode;
  while (node && !isW(node, 'p')) node = node.parentNode;
  const pPr = node && childElements(node).find((c) => isW(c, 'pPr'));
  const pStyle = pPr && childElements(pPr).find((c) => isW(c, 'pStyle'));
  return pStyle ? attribute(pStyle, 'val') : null;
}

function attribute(element: Element, name: string): string | null {
  return element.hasAttributeNS(W_NS, name) ? element.getAttributeNS(W_NS, name) : null;
}

/** w:rPr's first children are w:rStyle then w:rFonts (CT_RPr order). */
function setUnicodeFont(run: Element): void {
  const doc = run.ownerDocument;
  let rPr = childElements(run).find((c) => isW(c, 'rPr'));
  if (!rPr) {
    rPr = doc.createElementNS(W_NS, 'w:rPr');
    run.insertBefore(rPr, run.firstChild);
  }
  let rFonts = childElements(rPr).find((c) => isW(c, 'rFonts'));
  if (!rFonts) {
    rFonts = doc.createElementNS(W_NS, 'w:rFonts');
    const rStyle = childElements(rPr).find((c) => isW(c, 'rStyle'));
    rPr.insertBefore(rFonts, rStyle ? rStyle.nextSibling : rPr.firstChild);
  }
  setFonts(rFonts);
}

function setFonts(rFonts: Element): void {
  for (const name of ['ascii', 'hAnsi', 'cs']) rFonts.setAttributeNS(W_NS, `w:${name}`, UNICODE_FONT);
  for (const theme of ['asciiTheme', 'hAnsiTheme', 'cstheme']) if (rFonts.hasAttributeNS(W_NS, theme)) rFonts.removeAttributeNS(W_NS, theme);
}
