import { romanNumeral } from '../../plan/section-rows';
import { streamXml } from './stream-xml';
import { W_NS } from './xml';

/** One level of a list definition (w:lvl): where it starts, how its number is written, and the label around it. */
interface ListLevel {
  start: number;
  /** w:numFmt: decimal, decimalZero, upperRoman, lowerRoman, upperLetter, lowerLetter, bullet, none… */
  format: string;
  /** w:lvlText: "%1.", "%1.%2.", "(%1)", or a bullet character. */
  text: string;
}

/** The list definitions of a document: numbering.xml's abstract lists and their instances, and styles that number. */
export interface ListDefinitions {
  abstracts: Map<string, ListLevel[]>;
  /** w:num: its abstract list and the levels it restarts (w:lvlOverride/w:startOverride). */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  /** Paragraph styles that carry numbering (w:pStyle → w:numPr), through w:basedOn. */
  styles: Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>;
}

/** Reads numbering.xml and styles.xml (either may be absent). */
export function readListDefinitions(numberingXml: string | null, stylesXml: string | null): ListDefinitions {
  const defs: ListDefinitions = { abstracts: new Map(), nums: new Map(), styles: new Map() };
  if (numberingXml) readNumberingPart(numberingXml, defs);
  if (stylesXml) readStylesPart(stylesXml, defs);
  return defs;
}

function readNumberingPart(xml: string, defs: ListDefinitions): void {
  let abstract: ListLevel[] | null = null;
  let level: ListLevel | null = null;
  let num: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel: number | null = null;
  streamXml(xml, {
    open: (tag) => {
      if (tag.uri !== W_NS) return;
      const val = () => tag.attribute('val', W_NS);
      if (tag.local === 'abstractNum') {
        abstract = [];
        defs.abstracts.set(tag.attribute('abstractNumId', W_NS) ?? '', abstract);
      } else if (tag.local === 'lvl' && abstract) {
        level = { start: 1, format: 'decimal', text: '' };
        abstract[Number(tag.attribute('ilvl', W_NS) ?? abstract.length)] = level;
      } else if (level && tag.local === 'start') level.start = Number(val() ?? 1) || 0;
      else if (level && tag.local === 'numFmt') level.format = val() ?? 'decimal';
      else if (level && tag.local === 'lvlText') level.text = val() ?? '';
      else if (tag.local === 'num') {
        num = { abstractId: '', starts: new Map() };
        defs.nums.set(tag.attribute('numId', W_NS) ?? '', num);
      } else if (num && tag.local === 'abstractNumId') num.abstractId = val() ?? '';
      else if (num && tag.local === 'lvlOverride') overrideLevel = Number(tag.attribute('ilvl', W_NS) ?? 0);
      else if (num && overrideLevel !== null && tag.local === 'startOverride') num.starts.set(overrideLevel, Number(val() ?? 1));
    },
    text: () => undefined,
    close: () => undefined,
  });
}

function readStylesPart(xml: string, defs: ListDefinitions): void {
  let style: { numId: string | null; ilvl: number | null; basedOn: string | null } | null = null;
  let inParagraphProps = false;
  const open: string[] = [];
  streamXml(xml, {
    open: (tag) => {
      open.push(tag.local);
      if (tag.uri !== W_NS) return;
      const val = () => tag.attribute('val', W_NS);
      if (tag.local === 'style') {
        style = tag.attribute('type', W_NS) === 'paragraph' || tag.attribute('type', W_NS) === null ? { numId: null, ilvl: null, basedOn: null } : null;
        if (style) defs.styles.set(tag.attribute('styleId', W_NS) ?? '', style);
      } else if (style && tag.local === 'basedOn') style.basedOn = val();
      else if (style && tag.local === 'pPr') inParagraphProps = true;
      else if (style && inParagraphProps && tag.local === 'numId') style.numId = val();
      else if (style && inParagraphProps && tag.local === 'ilvl') style.ilvl = Number(val() ?? 0);
    },
    text: () => undefined,
    close: () => {
      const closed = open.pop();
      if (closed === 'pPr') inParagraphProps = false;
      if (closed === 'style') style = null;
    },
  });
}

/** A paragraph's own list properties as read from its w:pPr. */
export interface ParagraphList {
  numId: string | null;
  ilvl: number | null;
  style: string | null;
}

/** A {@link ListCounter}'s counts at one place of a document: each abstract list's level counts, and the instances begun. */
export interface ListCounterState {
  counters: ReadonlyArray<readonly [string, readonly number[]]>;
  started: readonly string[];
}

/**
 * Counts list items as Word does while reading a document in order, and gives each
 * numbered paragraph the label Word shows ("1.", "II.", "a)", "1.2."). Instances of one
 * abstract list share its counters (Word continues a list across them) unless an
 * instance restarts a level (w:startOverride) the first time it is used.
 */
export class ListCounter {
  private readonly counters: Map<string, number[]>;
  private readonly started: Set<string>;
  private latest: ListCounterState | null = null;

  /** `state`: where an earlier counter of the same document stood when this one takes over ({@link state}). */
  constructor(
    private readonly defs: ListDefinitions,
    state: ListCounterState | null = null,
  ) {
    this.counters = new Map(state?.counters.map(([list, counts]) => [list, [...counts]]));
    this.started = new Set(state?.started);
  }

  /** The counts so far, as a copy; the same copy while no paragraph is numbered. */
  state(): ListCounterState {
    this.latest ??= { counters: [...this.counters].map(([list, counts]) => [list, [...counts]]), started: [...this.started] };
    return this.latest;
  }

  /** The label of a paragraph with these list properties, or null when it is not numbered. */
  label(paragraph: ParagraphList): string | null {
    // Most paragraphs have neither numbering nor a style: nothing to resolve.
    if (paragraph.numId === null && paragraph.style === null) return null;
    const { numId, ilvl } = this.resolve(paragraph);
    if (numId === null || numId === '0') return null;
    const num = this.defs.nums.get(numId);
    const levels = num && this.defs.abstracts.get(num.abstractId);
    const level = levels?.[ilvl];
    if (!num || !levels || !level) return null;
    const counts = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counts);
    this.latest = null;
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [restarted, start] of num.starts) counts[restarted] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (levels[ilvl]?.start ?? 1) - 1) + 1;
    // A deeper level starts again under each new item of this one.
    counts.length = ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return level.format === 'none' ? '' : bulletOf(level.text);
    return level.text.replace(/%([1-9])/g, (_m, digit: string) => {
      const at = Number(digit) - 1;
      const value = counts[at] ?? levels[at]?.start ?? 1;
      return formatNumber(value, levels[at]?.format ?? 'decimal');
    });
  }

  /** Direct numbering wins over the paragraph style's (numId 0 switches it off), styles inherit through basedOn. */
  private resolve(paragraph: ParagraphList): { numId: string | null; ilvl: number } {
    let numId = paragraph.numId;
    let ilvl = paragraph.ilvl;
    let seen: Set<string> | null = null;
    for (let style = paragraph.style; style !== null && (numId === null || ilvl === null); ) {
      seen ??= new Set();
      if (seen.has(style)) break;
      seen.add(style);
      const defined = this.defs.styles.get(style);
      if (!defined) break;
      numId ??= defined.numId;
      ilvl ??= defined.ilvl;
      style = defined.basedOn;
    }
    return { numId, ilvl: Math.max(0, Math.min(8, ilvl ?? 0)) };
  }
}

/** A bullet's character: Symbol-font private-use bullets become "•". */
function bulletOf(text: string): string {
  return /^[\uf000-\uf0ff]$/.test(text) || text === '' ? '•' : text;
}

/** A list counter written in a level's w:numFmt. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperRoman':
      return romanNumeral(Math.max(1, value));
    case 'lowerRoman':
      return romanNumeral(Math.max(1, value)).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerLetter':
      return letters(value).toLowerCase();
    default:
      return String(value);
  }
}


/** Word's letters: A…Z, then AA…ZZ, AAA… (the letter repeated), not a base-26 count. */
function letters(value: number): string {
  const index = Math.max(1, value) - 1;
  return String.fromCharCode(65 + (index % 26)).repeat(Math.floor(index / 26) + 1);
}
