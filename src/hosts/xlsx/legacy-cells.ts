import { fontEncoding, LegacyDecoder, type FontEncoding, type LegacyEncoding } from '../../plan/legacy-encoding';
import { mayUseLegacyFonts } from '../ooxml/fonts';
import { streamXml } from '../ooxml/stream-xml';
import { decodeEscapes } from './workbook-parts';

type Encoding = FontEncoding | null;

/** One run of a rich shared string: its text and its own font (null: the cell's). */
interface RichRun {
  text: string;
  font: string | null;
}

/** For each cell style (`s` of a cell), the legacy encoding of its font, or null. */
export function readStyleEncodings(stylesXml: string): Encoding[] {
  const fonts: Encoding[] = [];
  const styles: Encoding[] = [];
  const open: string[] = [];
  streamXml(stylesXml, {
    open: (tag) => {
      const parent = open.at(-1);
      if (tag.local === 'font' && parent === 'fonts') fonts.push(null);
      else if (tag.local === 'name' && parent === 'font' && open.at(-2) === 'fonts') fonts[fonts.length - 1] = fontEncoding(tag.attribute('val'));
      else if (tag.local === 'xf' && parent === 'cellXfs') styles.push(fonts[Number(tag.attribute('fontId') ?? 0)] ?? null);
      open.push(tag.local);
    },
    text: () => undefined,
    close: () => open.pop(),
  });
  return styles;
}

/** The shared strings whose runs name fonts of their own (rich text), by index. */
export function readRichRuns(sharedStringsXml: string): Map<number, RichRun[]> {
  const rich = new Map<number, RichRun[]>();
  let index = -1;
  let runs: RichRun[] = [];
  let run: RichRun | null = null;
  let phonetic = 0;
  const open: string[] = [];
  streamXml(sharedStringsXml, {
    open: (tag) => {
      open.push(tag.local);
      if (tag.local === 'si') {
        index++;
        runs = [];
      } else if (tag.local === 'rPh') phonetic++;
      else if (tag.local === 'r' && !phonetic) runs.push((run = { text: '', font: null }));
      else if (tag.local === 'rFont' && run) run.font = tag.attribute('val');
    },
    text: (text) => {
      if (run && !phonetic && open.at(-1) === 't') run.text += text;
    },
    close: () => {
      const closed = open.pop();
      if (closed === 'rPh') phonetic--;
      else if (closed === 'r') run = null;
      else if (closed === 'si' && runs.some((r) => r.font !== null)) rich.set(index, runs.map((r) => ({ ...r, text: decodeEscapes(r.text) })));
    },
  });
  return rich;
}

/**
 * Decodes the cells a TCVN3 or VNI font draws (the cell style's font, or a rich run's own)
 * and counts them, so that the workbook says which old encoding it uses.
 */
export class LegacyCells {
  private readonly decoder = new LegacyDecoder();

  constructor(
    private readonly styles: readonly Encoding[],
    private readonly rich: ReadonlyMap<number, RichRun[]>,
  ) {}

  /** The legacy cells of a workbook, or null when none of its fonts is a legacy one. */
  static of(stylesXml: string | null, sharedStringsXml: string | null): LegacyCells | null {
    const styles = stylesXml && mayUseLegacyFonts(stylesXml) ? readStyleEncodings(stylesXml) : [];
    const rich = sharedStringsXml && mayUseLegacyFonts(sharedStringsXml) ? readRichRuns(sharedStringsXml) : new Map<number, RichRun[]>();
    return styles.some((s) => s !== null) || rich.size > 0 ? new LegacyCells(styles, rich) : null;
  }

  /** A text cell's text as its font draws it. */
  text(text: string, style: number, sharedIndex: number | null): string {
    const cellEncoding = this.styles[style] ?? null;
    const runs = sharedIndex === null ? undefined : this.rich.get(sharedIndex);
    if (runs) return runs.map((run) => this.decoder.decode(run.text, run.font === null ? cellEncoding : fontEncoding(run.font))).join('');
    return this.decoder.decode(text, cellEncoding);
  }

  /** The encoding most of the decoded text was in, if any was. */
  encoding(): LegacyEncoding | undefined {
    return this.decoder.mostUsed();
  }
}
