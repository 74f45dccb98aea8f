/**
 * What a rendered document may not keep: nothing in a clerk's file may run script,
 * fetch anything or take the page away (the preview's CSP forbids it too; this is the
 * first wall). docx-preview renders alt-chunks, hyperlinks, theme and font values and
 * VML styles as the file says; this removes what could act.
 */
const ACTIVE_ELEMENTS = 'script, iframe, frame, frameset, object, embed, applet, link, meta, base, form, foreignObject, audio, video, source, track, portal';
/** URL-bearing attributes other than an image's embedded data. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'background', 'poster', 'data', 'ping', 'lowsrc', 'dynsrc'];
/** CSS that loads or runs something. */
const ACTIVE_CSS = /url\s*\(|image-set\s*\(|expression\s*\(|@import|behavior\s*:|-moz-binding|javascript:/i;

/** An embedded image or font may stay; anything that names a place to fetch may not. */
function isEmbedded(value: string): boolean {
  return /^\s*(data:image\/|blob:)/i.test(value);
}

/** Declarations of an inline style without those that load or run something. */
export function safeInlineStyle(style: string): string {
  return style
    .split(';')
    .filter((declaration) => !ACTIVE_CSS.test(declaration))
    .join(';');
}

/** A style sheet's text with every external url() and @import gone (embedded data: fonts and images kept). */
export function safeStyleSheet(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\s*\(\s*(['"]?)(.*?)\1\s*\)/gi, (whole: string, _quote: string, target: string) => (/^data:(image|font|application\/(x-)?font)/i.test(target) ? whole : 'none'))
    .replace(/expression\s*\(|behavior\s*:|-moz-binding|javascript:/gi, '');
}

/** Makes a rendered document inert, in place: links become plain text (their target kept as a tooltip). */
export function neutralise(root: Element): void {
  for (const element of [...root.querySelectorAll(ACTIVE_ELEMENTS)]) element.remove();
  for (const link of [...root.querySelectorAll('a')]) {
    const text = root.ownerDocument.createElement('span');
    text.className = 'document-link';
    const target = link.getAttribute('href') ?? '';
    if (/^https?:\/\//i.test(target)) text.title = target;
    text.append(...link.childNodes);
    link.replaceWith(text);
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) element.removeAttribute(attribute.name);
      else if (URL_ATTRIBUTES.includes(name) && !(name === 'src' && element.localName === 'img' && isEmbedded(attribute.value))) element.removeAttribute(attribute.name);
      else if (name === 'style' && ACTIVE_CSS.test(attribute.value)) element.setAttribute('style', safeInlineStyle(attribute.value));
    }
    if (element.localName === 'style' && element.textContent) element.textContent = safeStyleSheet(element.textContent);
  }
}
