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
    [`seed ${seed.id}, VNI in runs`, async () => withLegacyText(await plain(), 'vni', 'runs')],
    [`seed ${seed.id}, numbered paragraphs around the table`, async () => withNumberedParagraphs(await withListNumbering(await plain(), false))],
  ] as Array<[string, () => Promise<Uint8Array>]>;
});

/** What the commands write: an insertion, progress as columns or an evaluation table, every fix. */
const EDITS: Array<[string, (plan: Plan, doc: SourceDocument) => readonly Edit[]]> = [
  ['insert', (plan, doc) => planInsertion(plan, doc.tables, TASKS).edits],
  ['progress, evaluation table', (plan, doc) => planProgress(plan, doc.tables, { asOf: `${plan.year}-06-30`, mode: 'appendix' }).edits],
  ['progress, columns', (plan, doc) => planProgress(plan, doc.tables, { asOf: `${plan.year}-06-30`, mode: 'columns' }).edits],
  ['fix', (plan, doc) => planFixes(plan, doc.tables, validate(plan, bundledCatalogue(2025))).edits],
  ['conversion to Unicode', () => [{ kind: 'convert-encoding' }]],
  ['a note after the plan', (plan) => [{ kind: 'set-summary', afterTable: plan.tables.at(-1) as number, replaces: [], text: 'Tổng số: 0 nhiệm vụ, 0 hoạt động.' }]],
];

/**
 * Body paragraphs in the plan's TT list (numId 1) before and after the plan table: Word numbers
 * them on from the TT cells, so a read that starts after the table must go on from the table's count.
 */
async function withNumberedParagraphs(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const numbered = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const part = (await documentPart(bytes)).replace(/<w:body>/, `<w:body>${numbered('Mục đích')}`).replace(/<\/w:tbl>(?![\s\S]*<\/w:tbl>)/, `</w:tbl>${numbered('Tổ chức thực hiện')}${numbered('Kinh phí')}`);
  return zip.file('word/document.xml', part).generateAsync({ type: 'uint8array' });
}

/** Seed 1's plan read to edit, and written with progress as an evaluation table after it. */
async function writtenWithEvaluation(bytes?: Uint8Array) {
  const read = await readDocxToEdit(bytes ?? (await buildDocx(SEED_LAYOUTS[0].spec())));
  const plan = recognise(read.source) as Plan;
  const written = await read.write(planProgress(plan, read.source.tables, { asOf: `${plan.year}-06-30`, mode: 'appendix' }).edits);
  return { read, plan, written };
}

const documentPart = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

describe('a .docx read once for a command that writes it', () => {
  it.each(VARIANTS)('%s: the document read is the one the reader gives', async (_name, build) => {
    const bytes = await build();
    expect((await readDocxToEdit(bytes)).source).toEqual(await readDocx(bytes));
  });

  const cases = VARIANTS.flatMap(([name, build]) => EDITS.map(([kind, plan]) => [`${name}: ${kind}`, build, plan] as const));
  it.each(cases)('%s: written from the first read, the part is what a second read would write, and it reads back as read whole', async (_name, build, editsOf) => {
    const bytes = await build();
    const read = await readDocxToEdit(bytes);
    const edits = editsOf(recognise(read.source) as Plan, read.source);
    const written = await read.write(edits);
    expect(await documentPart(written.bytes)).toBe(await documentPart(await writeDocx(bytes, edits)));
    expect(await written.readBack(written.bytes)).toEqual(await readDocx(written.bytes));
  });

  it.each([
    ['a plan in Unicode', () => buildDocx(SEED_LAYOUTS[0].spec())],
    ['a plan with VNI text in its runs', async () => withLegacyText(await buildDocx(SEED_LAYOUTS[0].spec()), 'vni', 'runs')],
  ])('%s: reads back only what follows the plan when an evaluation table is put after it', async (_name, build) => {
    const { read, plan, written } = await writtenWithEvaluation(await build());
    const back = await written.readBack(written.bytes);
    // The plan table is the one read before (not read again); the evaluation table after it is new.
    expect(back.tables[plan.tables[0]]).toBe(read.source.tables[plan.tables[0]]);
    expect(back.tables.length).toBe(read.source.tables.length + 1);
    expect(back).toEqual(await readDocx(written.bytes));
  });

  it('reads the whole written part again when the styles changed (a conversion to Unicode)', async () => {
    const read = await readDocxToEdit(await withLegacyText(await buildDocx(SEED_LAYOUTS[0].spec()), 'tcvn3', 'style'));
    const written = await read.write([{ kind: 'convert-encoding' }]);
    const back = await written.readBack(written.bytes);
    expect(back.tables[0]).not.toBe(read.source.tables[0]);
    expect(back).toEqual(await readDocx(written.bytes));
  });

  it('reads a written file that is not what was written (damaged after) as the reader does: refused', async () => {
    const { written } = await writtenWithEvaluation();
    const zip = await JSZip.loadAsync(written.bytes);
    const part = await documentPart(written.bytes);
    // Past the plan, the evaluation table broken: the part read on from there must fail as a whole read does.
    const broken = part.slice(0, part.lastIndexOf('</w:tbl>')) + '<w:tr>' + part.slice(part.lastIndexOf('</w:tbl>'));
    const damaged = await zip.file('word/document.xml', broken).generateAsync({ type: 'uint8array' });
    await expect(readDocx(damaged)).rejects.toMatchObject({ key: 'error.corruptFile' });
    written.bytes = damaged;
    await expect(written.readBack(damaged)).rejects.toMatchObject({ key: 'error.corruptFile' });
  });

  it('reads bytes changed before the evaluation table (in the plan) whole, as the reader reads them', async () => {
    const { read, plan, written } = await writtenWithEvaluation();
    const zip = await JSZip.loadAsync(written.bytes);
    const part = await documentPart(written.bytes);
    const first = read.source.tables[plan.tables[0]].rows[plan.rows[0].source.row][plan.columns.activity as number].text;
    expect(part).toContain(first);
    const changed = await zip.file('word/document.xml', part.replace(first, 'Hoạt động đã sửa sau khi ghi')).generateAsync({ type: 'uint8array' });
    const back = await written.readBack(changed);
    expect(back).toEqual(await readDocx(changed));
    expect(JSON.stringify(back)).toContain('Hoạt động đã sửa sau khi ghi');
  });

  it('writes once: its package is the written one after that', async () => {
    const read = await readDocxToEdit(await buildDocx(SEED_LAYOUTS[0].spec()));
    await read.write([]);
    await expect(read.write([])).rejects.toThrow('written already');
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
    for (const written of [(await read.write(edits)).bytes, await writeDocx(bytes, edits)]) {
      const part = await documentPart(written);
      const run = part.slice(part.lastIndexOf('<w:r>', part.indexOf('thử nghiệm riêng')), part.indexOf('thử nghiệm riêng'));
      expect(run).toContain('w:hAnsi="Times New Roman"');
    }
  });
});
