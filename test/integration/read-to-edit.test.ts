import JSZip from 'jszip';
import { bundledCatalogue } from '../../src/catalogue/load';
import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { readDocxToEdit, writeDocx } from '../../src/hosts/ooxml/write-docx';
import { DocumentError } from '../../src/hosts/errors';
import type { Edit } from '../../src/plan/edits';
import { planFixes } from '../../src/plan/fixes';
import { planInsertion } from '../../src/plan/insert';
import { planProgress } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { buildDocx } from '../fixtures/build';
import { withLegacyText } from '../fixtures/legacy-text';
import { withListNumbering } from '../fixtures/list-numbering';
import { SEED_LAYOUTS } from '../fixtures/seeds';

const TASKS = ['kh-tuyen-truyen', 'cong-khai-tthc'].map((id) => bundledCatalogue(2025).tasks.find((task) => task.id === id)!);

/** Each seed layout as Word writes it, with list numbering, and with TCVN3 text in runs and in a style. */
const VARIANTS: Array<[string, () => Promise<Uint8Array>]> = SEED_LAYOUTS.flatMap((seed) => {
  const plain = () => buildDocx(seed.spec());
  return [
    [`seed ${seed.id}`, plain],
    [`seed ${seed.id}, list numbering`, async () => withListNumbering(await plain(), true)],
    [`seed ${seed.id}, TCVN3 in a style`, async () => withLegacyText(await plain(), 'tcvn3', 'style')],
  ] as Array<[string, () => Promise<Uint8Array>]>;
});

/** What the commands write: an insertion, progress as columns or an evaluation table, every fix. */
const EDITS: Array<[string, (plan: Plan, doc: SourceDocument) => readonly Edit[]]> = [
  ['insert', (plan, doc) => planInsertion(plan, doc.tables, TASKS).edits],
  ['progress, evaluation table', (plan, doc) => planProgress(plan, doc.tables, { asOf: `${plan.year}-06-30`, mode: 'appendix' }).edits],
  ['progress, columns', (plan, doc) => planProgress(plan, doc.tables, { asOf: `${plan.year}-06-30`, mode: 'columns' }).edits],
  ['fix', (plan, doc) => planFixes(plan, doc.tables, validate(plan, bundledCatalogue(2025))).edits],
];

const documentPart = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

describe('a .docx read once for a command that writes it', () => {
  it.each(VARIANTS)('%s: the document read is the one the reader gives', async (_name, build) => {
    const bytes = await build();
    expect((await readDocxToEdit(bytes)).source).toEqual(await readDocx(bytes));
  });

  const cases = VARIANTS.flatMap(([name, build]) => EDITS.map(([kind, plan]) => [`${name}: ${kind}`, build, plan] as const));
  it.each(cases)('%s: written from the first read, the part is what a second read would write', async (_name, build, editsOf) => {
    const bytes = await build();
    const read = await readDocxToEdit(bytes);
    const edits = editsOf(recognise(read.source) as Plan, read.source);
    expect(await documentPart(await read.write(edits))).toBe(await documentPart(await writeDocx(bytes, edits)));
  });

  it('writes once: its package is the written one after that', async () => {
    const read = await readDocxToEdit(await buildDocx(SEED_LAYOUTS[0].spec()));
    await read.write([]);
    expect(() => read.write([])).toThrow('written already');
  });

  it('refuses a package without a document body, as the reader does', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readDocx(bytes)).rejects.toThrow(DocumentError);
    await expect(readDocxToEdit(bytes)).rejects.toMatchObject({ key: 'error.notOfficeFile' });
  });
});

describe('a cell written where only styles.xml names a TCVN3 font', () => {
  it('gets a Unicode font, whether the file is read once or twice', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(SEED_LAYOUTS[0].spec()));
    const styles = (await zip.file('word/styles.xml')!.async('string')).replace('<w:rPrDefault/>', '<w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault>');
    expect(styles).toContain('.VnTime');
    expect(await zip.file('word/document.xml')!.async('string')).not.toMatch(/\.vn|vni[- ]/i);
    const bytes = await zip.file('word/styles.xml', styles).generateAsync({ type: 'uint8array' });
    const read = await readDocxToEdit(bytes);
    const plan = recognise(read.source) as Plan;
    const { table, row, cells } = plan.rows[0].source;
    const col = Number(Object.entries(plan.columns).find(([role]) => role === 'activity')![1]);
    expect(cells.activity).toBeDefined();
    const edits: Edit[] = [{ kind: 'set-cell', table, row, col, text: 'Xây dựng kế hoạch thử nghiệm riêng' }];
    for (const written of [await read.write(edits), await writeDocx(bytes, edits)]) {
      const part = await documentPart(written);
      const run = part.slice(part.lastIndexOf('<w:r>', part.indexOf('thử nghiệm riêng')), part.indexOf('thử nghiệm riêng'));
      expect(run).toContain('w:hAnsi="Times New Roman"');
    }
  });
});
