import { streamXml } from './stream-xml';
import { W_NS } from './xml';

/** A style's own font (w:rPr/w:rFonts) and the style it is based on. */
interface StyleFont {
  font: string | null;
  basedOn: string | null;
}

/** The fonts styles.xml gives text that names none of its own. */
export interface StyleFonts {
  styles: Map<string, StyleFont>;
  /** w:docDefaults/w:rPrDefault's font. */
  documentDefault: string | null;
  /** The paragraph style a paragraph without w:pStyle has (w:default="1"). */
  defaultParagraphStyle: string | null;
}

/**
 * The font of w:rFonts for the text Vietnamese letters are in: Word draws characters
 * above ASCII (where legacy encodings put their letters) in the w:hAnsi font.
 */
export function rFontsName(attr: (local: string) => string | null): string | null {
  return attr('hAnsi') ?? attr('ascii');
}

/** Whether a part names a TCVN3 or VNI font anywhere (w:rFonts="…" values): most documents do not. */
export function mayUseLegacyFonts(xml: string): boolean {
  // The font names alone are found three times as fast; the quote before them is checked only then.
  return LEGACY_NAME.test(xml) && LEGACY_FONT_VALUE.test(xml);
}

const LEGACY_NAME = /\.vn|vni[- ]/i;
const LEGACY_FONT_VALUE = /["']\s*(\.vn|vni[- ])/i;

/** Reads the fonts of styles.xml (absent: no style fonts). */
export function readStyleFonts(stylesXml: string | null): StyleFonts {
  const fonts: StyleFonts = { styles: new Map(), documentDefault: null, defaultParagraphStyle: null };
  if (!stylesXml || !mayUseLegacyFonts(stylesXml)) return fonts;
  let style: StyleFont | null = null;
  let inDefaults = false;
  const open: string[] = [];
  streamXml(stylesXml, {
    open: (tag) => {
      open.push(tag.local);
      if (tag.uri !== W_NS) return;
      const attr = (name: string) => tag.attribute(name, W_NS);
      if (tag.local === 'rPrDefault') inDefaults = true;
      else if (tag.local === 'style') {
        style = { font: null, basedOn: null };
        const id = attr('styleId') ?? '';
        fonts.styles.set(id, style);
        if (attr('default') === '1' && attr('type') === 'paragraph') fonts.defaultParagraphStyle = id;
      } else if (style && tag.local === 'basedOn') style.basedOn = attr('val');
      // A paragraph style's w:pPr/w:rPr is its paragraph mark's only: the text's font is w:style/w:rPr.
      else if (tag.local === 'rFonts' && open.at(-2) === 'rPr' && open.at(-3) !== 'pPr') {
        if (style) style.font = rFontsName(attr);
        else if (inDefaults) fonts.documentDefault = rFontsName(attr);
      }
    },
    text: () => undefined,
    close: () => {
      const closed = open.pop();
      if (closed === 'rPrDefault') inDefaults = false;
      if (closed === 'style') style = null;
    },
  });
  return fonts;
}

/** A run's font as Word resolves it: its own, its character style's, its paragraph style's, the document's. */
export function effectiveFont(fonts: StyleFonts, run: { font: string | null; style: string | null }, paragraphStyle: string | null): string | null {
  return run.font ?? styleFont(fonts, run.style) ?? styleFont(fonts, paragraphStyle ?? fonts.defaultParagraphStyle) ?? fonts.documentDefault;
}

function styleFont(fonts: StyleFonts, id: string | null): string | null {
  const seen = new Set<string>();
  for (let style = id; style !== null && !seen.has(style); ) {
    seen.add(style);
    const defined = fonts.styles.get(style);
    if (!defined) return null;
    if (defined.font) return defined.font;
    style = defined.basedOn;
  }
  return null;
}
