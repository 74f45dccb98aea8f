import JSZip from 'jszip';
import { bundledCatalogue } from '../../src/catalogue/load';
import { readWordXml } from '../../src/hosts/ooxml/read-docx';
import { spliceWordEdits } from '../../src/hosts/ooxml/splice-docx';
import { applyWordXmlEdits, editWordDocument } from '../../src/hosts/ooxml/write-docx';
import { planFixes } from '../../src/plan/fixes';
import { planInsertion } from '../../src/plan/insert';
import { planProgress } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import type { Edit } from '../../src/plan/edits';
import type { Plan } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { buildDocx } from '../fixtures/build';
import { SEED_LAYOUTS } from '../fixtures/seeds';

const TASKS = ['kh-tuyen-truyen', 'cong-khai-tthc'].map((id) => bundledCatalogue(2025).tasks.find((task) => task.id === id)!);
const rowsOf = (xml: string) => (recognise(readWordXml(xml)) as Plan).rows.map((r) => [r.section, r.number, r.taskText, r.activity, r.product, r.lead, r.coordinator, r.deadline]);
/** The part's table rows as written (the seeds have no nested tables). */
const rowTexts = (xml: string) => xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];

async function documentXml(id: string): Promise<string> {
  const bytes = await buildDocx(SEED_LAYOUTS.find((seed) => seed.id === id)!.spec());
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

/** The grid rows the edits name: set cells, insertion anchors, templates, removed rows and the two below. */
function touched(edits: readonly Edit[]): number {
  const rows = new Set<string>();
  for (const edit of edits) {
    if (edit.kind === 'set-cell') rows.add(`${edit.table}:${edit.row}`);
    if (edit.kind === 'insert-rows') [[edit.table, edit.after], ...edit.rows.map((row) => [row.template.table, row.template.row])].forEach(([t, r]) => rows.add(`${t}:${r}`));
    if (edit.kind === 'delete-rows') edit.rows.forEach((r) => [0, 1, 2].forEach((k) => rows.add(`${edit.table}:${r + k}`)));
  }
  return rows.size;
}

describe('row edits spliced into the part', () => {
  it.each(SEED_LAYOUTS.map((seed) => seed.id))('seed %s: an insert gives the whole-part writer\'s plan, every other row byte for byte', async (id) => {
    const xml = await documentXml(id);
    const doc = readWordXml(xml);
    const { edits } = planInsertion(recognise(doc) as Plan, doc.tables, TASKS);
    const spliced = spliceWordEdits(xml, edits, null, editWordDocument, { legacy: false })?.join('') ?? null;
    expect(spliced).not.toBeNull();
    expect(rowsOf(spliced as string)).toEqual(rowsOf(applyWordXmlEdits(xml, edits)));
    const kept = rowTexts(xml).filter((row) => (spliced as string).includes(row)).length;
    expect(kept).toBeGreaterThanOrEqual(rowTexts(xml).length - touched(edits));
    // Before the first table and after the last one, nothing changed at all.
    expect((spliced as string).startsWith(xml.slice(0, xml.indexOf('<w:tbl>')))).toBe(true);
    expect((spliced as string).endsWith(xml.slice(xml.lastIndexOf('</w:tbl>')))).toBe(true);
  });

  it.each(SEED_LAYOUTS.map((seed) => seed.id))('seed %s: every fix (cells, repeated rows) the same way', async (id) => {
    const xml = await documentXml(id);
    const doc = readWordXml(xml);
    const plan = recognise(doc) as Plan;
    // A recomputed summary is not a row edit: such a batch goes through the whole-part writer.
    const edits = planFixes(plan, doc.tables, validate(plan, bundledCatalogue(2025))).edits.filter((edit) => edit.kind !== 'set-summary');
    if (edits.length === 0) return;
    const spliced = spliceWordEdits(xml, edits, null, editWordDocument, { legacy: false })?.join('') ?? null;
    expect(spliced).not.toBeNull();
    expect(rowsOf(spliced as string)).toEqual(rowsOf(applyWordXmlEdits(xml, edits)));
  });

  it.each(SEED_LAYOUTS.map((seed) => seed.id))('seed %s: progress as an evaluation table and its summary, written and written again, the same way', async (id) => {
    let xml = await documentXml(id);
    const plan = recognise(readWordXml(xml)) as Plan;
    if (plan.columns.status !== null) return;
    for (const asOf of [`${plan.year}-06-30`, `${plan.year}-09-30`]) {
      const doc = readWordXml(xml);
      const { edits } = planProgress(recognise(doc) as Plan, doc.tables, { asOf, mode: 'appendix' });
      const spliced = spliceWordEdits(xml, edits, null, editWordDocument, { legacy: false })?.join('') ?? null;
      expect(spliced).not.toBeNull();
      const whole = applyWordXmlEdits(xml, edits);
      const read = (part: string) => readWordXml(part);
      expect(read(spliced as string).text).toEqual(read(whole).text);
      expect(read(spliced as string).tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual(read(whole).tables.map((t) => t.rows.map((r) => r.map((c) => c.text))));
      // The evaluation table's rows, written as text by the splice, are the whole-part writer's byte for byte.
      expect(rowTexts(spliced as string).slice(-edits.flatMap((e) => (e.kind === 'append-table' ? e.rows : [])).length)).toEqual(rowTexts(whole).slice(-edits.flatMap((e) => (e.kind === 'append-table' ? e.rows : [])).length));
      // The plan table itself is not written again: its text is where it was.
      const first = xml.indexOf('<w:tbl>');
      expect((spliced as string).slice(first, first + 2000)).toBe(xml.slice(first, first + 2000));
      xml = spliced as string;
    }
  });

  it('leaves to the whole-part writer what it cannot splice: new columns', async () => {
    const xml = await documentXml('000');
    const doc = readWordXml(xml);
    const plan = recognise(doc) as Plan;
    expect(spliceWordEdits(xml, planProgress(plan, doc.tables, { asOf: '2023-06-30', mode: 'columns' }).edits, null, editWordDocument, { legacy: false })).toBeNull();
  });
});
