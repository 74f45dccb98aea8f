import JSZip from 'jszip';
import { countSyncs } from '../../src/bench/syncs';
import { bundledCatalogue } from '../../src/catalogue/load';
import { readDocx, readWordXml } from '../../src/hosts/ooxml/read-docx';
import { writeDocx } from '../../src/hosts/ooxml/write-docx';
import { wordHost } from '../../src/hosts/word/word-host';
import { planFixes } from '../../src/plan/fixes';
import { planInsertion } from '../../src/plan/insert';
import { planProgress } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { bigPlan } from '../fixtures/big-plan';
import { buildDocx } from '../fixtures/build';
import { withLegacyText } from '../fixtures/legacy-text';
import { SEED_LAYOUTS } from '../fixtures/seeds';
import { mergedXa2027 } from '../fixtures/two-level';
import type { SpecDocument } from '../fixtures/spec';
import { FakeWord } from '../fakes/fake-word';

const catalogue = bundledCatalogue(2025);
const TASKS = ['kh-tuyen-truyen', 'cong-khai-tthc'].map((id) => catalogue.tasks.find((task) => task.id === id)!);

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

async function setUp(spec: SpecDocument, sets?: Record<string, string>) {
  const bytes = await buildDocx(spec);
  const fake = new FakeWord(await documentXml(bytes), sets);
  return { bytes, fake, host: wordHost(fake.run, fake.supports, 'Kế hoạch.docx') };
}

const planOf = (source: SourceDocument) => recognise(source) as Plan;
const rowsOf = (plan: Plan) => plan.rows.map((row) => [row.section, row.number, row.taskText, row.activity, row.deadline, row.status]);

const API_LEVELS = [
  { name: 'WordApi 1.3 (plan tables replaced)', sets: { WordApi: '1.4' }, call: 'range.insertOoxml(Replace)' },
  { name: 'WordApi 1.1 (Word 2016: body replaced)', sets: { WordApi: '1.1' }, call: 'body.insertOoxml(Replace)' },
];

describe.each(API_LEVELS)('the Word host through $name', ({ sets, call }) => {
  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))('seed %s: same plan and findings as the .docx reader, in one sync', async (_id, seed) => {
    const { bytes, fake, host } = await setUp(seed.spec(), sets);
    const source = await host.read();
    expect(fake.syncs).toBe(1);
    const fromFile = await readDocx(bytes);
    expect(source).toEqual(fromFile);
    expect(validate(planOf(source), catalogue, {})).toEqual(validate(planOf(fromFile), catalogue, {}));
  });

  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))(
    'seed %s: inserting two tasks gives the rows the .docx writer gives, in two syncs',
    async (_id, seed) => {
      const { bytes, fake, host } = await setUp(seed.spec(), sets);
      const source = await host.read();
      const { edits } = planInsertion(planOf(source), source.tables, TASKS);
      fake.syncs = 0;
      await host.apply(edits);
      expect(fake.syncs).toBe(2);
      expect(fake.calls).toContain(call);
      const expected = await readDocx(await writeDocx(bytes, edits));
      const after = readWordXml(fake.documentXml());
      expect(rowsOf(planOf(after))).toEqual(rowsOf(planOf(expected)));
      expect(after.text).toBe(expected.text);
    },
  );

  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))('seed %s: progress written as the .docx writer writes it, summary included', async (_id, seed) => {
    const { bytes, fake, host } = await setUp(seed.spec(), sets);
    const source = await host.read();
    const plan = planOf(source);
    const { edits } = planProgress(plan, source.tables, { asOf: `${plan.year}-06-30`, mode: 'columns' });
    fake.syncs = 0;
    await host.apply(edits);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    const expected = await readDocx(await writeDocx(bytes, edits));
    const after = readWordXml(fake.documentXml());
    expect(rowsOf(planOf(after))).toEqual(rowsOf(planOf(expected)));
    expect(planOf(after).statedSummary).toEqual(planOf(expected).statedSummary);
    expect(after.text).toBe(expected.text);
  });
});

describe('the Word host on a 2,000-activity plan', () => {
  it('reads in 1 sync, inserts in 2 and writes progress in 2, replacing only the plan table', async () => {
    const { fake, host } = await setUp(bigPlan(2000));
    expect(await countSyncs(host, fake)).toEqual({ check: 1, insert: 2, progress: 2 });
    expect(fake.calls).not.toContain('body.insertOoxml(Replace)');
    expect(planOf(readWordXml(fake.documentXml())).rows).toHaveLength(2004);
  });
});

describe('selecting a finding in Word', () => {
  it('selects the cell through the tables API: the cell index counts merged cells once', async () => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec());
    const plan = planOf(await host.read());
    fake.syncs = 0;
    await host.select(plan.rows[1].source.cells.lead as string);
    expect(fake.syncs).toBe(2);
    expect(fake.calls.filter((c) => c.includes('getCell') || c.startsWith('cell.select'))).toEqual([expect.stringMatching(/^table\[0\]\.getCell\(\d+,\d+\)$/), `cell.select(${plan.rows[1].lead})`]);
  });

  it('selects the cell Word itself counts: gridBefore is no cell, a tracked-deleted row is a row', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const row = (...texts: string[]) => `<w:tr>${texts.map((t) => `<w:tc>${p(t)}</w:tc>`).join('')}</w:tr>`;
    const header = row('TT', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời hạn');
    const deleted = `<w:tr><w:trPr><w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:trPr>${['1', 'Cũ', 'Cũ', 'Cũ', 'Cũ', 'Cũ', 'Quý I/2025'].map((t) => `<w:tc>${p(t)}</w:tc>`).join('')}</w:tr>`;
    const shifted = `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${['Tuyên truyền CCHC', 'Xây dựng kế hoạch', 'Kế hoạch', 'Văn phòng HĐND và UBND', 'Các phòng', 'Quý II/2025'].map((t) => `<w:tc>${p(t)}</w:tc>`).join('')}</w:tr>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${p('KẾ HOẠCH CCHC XÃ AN BÌNH NĂM 2025')}<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(7)}</w:tblGrid>${header}${deleted}${shifted}</w:tbl></w:body></w:document>`;
    const fake = new FakeWord(xml, { WordApi: '1.3' });
    const host = wordHost(fake.run, fake.supports, 'x.docx');
    const plan = planOf(await host.read());
    expect(plan.rows).toHaveLength(1);
    await host.select(plan.rows[0].source.cells.lead as string);
    expect(fake.calls.filter((c) => c.includes('getCell') || c.startsWith('cell.select'))).toEqual(['table[0].getCell(2,3)', 'cell.select(Văn phòng HĐND và UBND)']);
  });

  it('tells the clerk when Word is too old to select a cell', async () => {
    const { host } = await setUp(SEED_LAYOUTS[0].spec(), { WordApi: '1.1' });
    const plan = planOf(await host.read());
    await expect(host.select(plan.rows[0].source.cells.lead as string)).rejects.toMatchObject({ key: 'error.hostTooOld' });
  });
});

it('tells the clerk when changes are tracked', async () => {
  const bytes = await buildDocx(SEED_LAYOUTS[0].spec());
  const fake = new FakeWord(await documentXml(bytes), { WordApi: '1.4' }, true);
  const host = wordHost(fake.run, fake.supports, 'x.docx');
  await host.read();
  expect(host.notices?.()).toEqual(['notice.trackChanges']);
  expect(fake.syncs).toBe(1);
});

describe('with Track Changes on', () => {
  it.each([
    ['seed 000 (another commune, last year)', SEED_LAYOUTS[0].spec],
    ['a 2027 plan with the old apparatus', mergedXa2027],
  ])('%s: fixes are written cell by cell, so Word records only those cells; the result is the .docx writer\'s', async (_name, spec) => {
    const bytes = await buildDocx(spec());
    const fake = new FakeWord(await documentXml(bytes), { WordApi: '1.4' }, true);
    const host = wordHost(fake.run, fake.supports, 'x.docx');
    const source = await host.read();
    const plan = planOf(source);
    const { edits } = planFixes(plan, source.tables, validate(plan, catalogue));
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((edit) => edit.kind === 'set-cell')).toBe(true);
    fake.syncs = 0;
    await host.apply(edits);
    expect(fake.syncs).toBe(2);
    expect(fake.calls.filter((call) => call === 'cell.insertText(Replace)')).toHaveLength(edits.length);
    expect(fake.calls.some((call) => call.includes('insertOoxml'))).toBe(false);
    const expected = await readDocx(await writeDocx(bytes, edits));
    expect(rowsOf(planOf(readWordXml(fake.documentXml())))).toEqual(rowsOf(planOf(expected)));
  });

  it('on Word on the web (insertOoxml blocks the page and breaks undo there), fixes go cell by cell with changes not tracked', async () => {
    const bytes = await buildDocx(SEED_LAYOUTS[0].spec());
    const fake = new FakeWord(await documentXml(bytes), { WordApi: '1.4' }, false);
    const host = wordHost(fake.run, fake.supports, 'x.docx', { onTheWeb: true });
    const source = await host.read();
    expect(host.notices?.()).toEqual(['notice.webUndo']);
    const plan = planOf(source);
    const { edits } = planFixes(plan, source.tables, validate(plan, catalogue));
    await host.apply(edits);
    expect(fake.calls.filter((call) => call === 'cell.insertText(Replace)')).toHaveLength(edits.length);
    expect(fake.calls.filter((call) => call.includes('insertOoxml') || call.includes('expandTo'))).toEqual([]);
    expect(rowsOf(planOf(readWordXml(fake.documentXml())))).toEqual(rowsOf(planOf(await readDocx(await writeDocx(bytes, edits)))));
  });

  it('what goes back to Word is the region with the parts it needs, not the theme, headers or images of the rest of the document', async () => {
    const bytes = await buildDocx(SEED_LAYOUTS[4].spec());
    const part = (name: string, data: string) => `<pkg:part pkg:name="${name}" pkg:contentType="application/xml">${data}</pkg:part>`;
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>';
    const others = [
      part('/word/_rels/document.xml.rels', `<pkg:xmlData>${rels}</pkg:xmlData>`),
      part('/word/styles.xml', '<pkg:xmlData><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/></pkg:xmlData>'),
      part('/word/theme/theme1.xml', '<pkg:xmlData><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></pkg:xmlData>'),
      part('/word/media/logo.png', `<pkg:binaryData>${'A'.repeat(40000)}</pkg:binaryData>`),
    ].join('');
    const fake = new FakeWord(await documentXml(bytes), { WordApi: '1.4' }, false, others);
    const host = wordHost(fake.run, fake.supports, 'x.docx');
    const source = await host.read();
    await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
    const [sent] = fake.inserted;
    expect(sent).toContain('/word/styles.xml');
    expect(sent).not.toContain('/word/theme/theme1.xml');
    expect(sent).not.toContain('/word/media/logo.png');
    expect(sent.length).toBeLessThan(40000);
  });

  it('edits that are not cell texts (rows inserted) still replace the plan table', async () => {
    const bytes = await buildDocx(SEED_LAYOUTS[4].spec());
    const fake = new FakeWord(await documentXml(bytes), { WordApi: '1.4' }, true);
    const host = wordHost(fake.run, fake.supports, 'x.docx');
    const source = await host.read();
    await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
    expect(fake.calls).toContain('range.insertOoxml(Replace)');
  });
});

describe.each(API_LEVELS)('the plan stays the plan through the Word host ($name)', ({ sets }) => {
  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))('seed %s: progress twice, then insert, read back the same plan', async (_id, seed) => {
    const { host } = await setUp(seed.spec(), sets);
    const plan = planOf(await host.read());
    const identity = (p: Plan) => [p.unit, p.commune, p.year, p.tables, p.headerLabels, p.tasks.length, p.rows.length];
    const mode = plan.columns.status !== null ? 'columns' : 'appendix';
    const first = planProgress(plan, (await host.read()).tables, { asOf: `${plan.year}-06-30`, mode });
    await host.apply(first.edits);
    const progressed = await host.read();
    expect(identity(planOf(progressed))).toEqual(identity(plan));
    await host.apply(planProgress(planOf(progressed), progressed.tables, { asOf: `${plan.year}-09-30`, mode }).edits);
    const again = await host.read();
    expect(again.tables.length).toBe(progressed.tables.length);
    expect(again.text.split('\n').filter((line) => line.includes('tính đến ngày'))).toHaveLength(mode === 'appendix' ? 1 : 0);
    const task = catalogue.tasks.find((t) => t.id === 'cong-khai-ngan-sach')!;
    await host.apply(planInsertion(planOf(again), again.tables, [task]).edits);
    const inserted = planOf(await host.read());
    expect(identity(inserted)).toEqual([plan.unit, plan.commune, plan.year, plan.tables, plan.headerLabels, plan.tasks.length + 1, plan.rows.length + 1]);
  });
});

describe('the Word host and a document edited while the pane is open', () => {
  it.each(API_LEVELS.map((level) => [level.name, level] as const))('%s: refuses to write over a document changed since it was read, and changes nothing', async (_name, { sets }) => {
    const { fake, host } = await setUp(SEED_LAYOUTS[0].spec(), sets);
    const source = await host.read();
    fake.typeInFirstTable('TT do công chức vừa sửa');
    const before = fake.documentXml();
    await expect(host.apply(planInsertion(planOf(source), source.tables, TASKS).edits)).rejects.toMatchObject({ key: 'error.documentChanged' });
    expect(fake.documentXml()).toBe(before);
    // Read again, the same edit goes through.
    const again = await host.read();
    await host.apply(planInsertion(planOf(again), again.tables, TASKS).edits);
    expect(planOf(await host.read()).rows.length).toBe(planOf(again).rows.length + TASKS.reduce((n, t) => n + t.activities.length, 0));
  });
});

describe('the Word host on what real documents hold', () => {

  /** The document part with the plan table wrapped in a block-level content control. */
  async function inContentControl(spec: SpecDocument): Promise<string> {
    const xml = await documentXml(await buildDocx(spec));
    return xml.replace(/<w:tbl>([\s\S]*?)<\/w:tbl>/, '<w:sdt><w:sdtPr><w:alias w:val="Kế hoạch"/></w:sdtPr><w:sdtContent><w:tbl>$1</w:tbl></w:sdtContent></w:sdt>');
  }

  it('replaces only the plan table inside a content control on WordApi 1.3, keeping the control and the text around it', async () => {
    const xml = await inContentControl(SEED_LAYOUTS[0].spec());
    expect(xml).toContain('<w:sdtContent><w:tbl>');
    const fake = new FakeWord(xml, { WordApi: '1.3' });
    const host = wordHost(fake.run, fake.supports, 'Kế hoạch.docx');
    const source = await host.read();
    await host.apply(planInsertion(planOf(source), source.tables, TASKS).edits);
    expect(fake.calls).toContain('range.insertOoxml(Replace)');
    expect(fake.calls).not.toContain('body.insertOoxml(Replace)');
    const after = fake.documentXml();
    expect(after.match(/<w:sdt>/g)).toHaveLength(1);
    const reread = planOf(readWordXml(after));
    expect(reread.rows.length).toBe(planOf(source).rows.length + TASKS.reduce((n, t) => n + t.activities.length, 0));
    expect(readWordXml(after).text).toBe(source.text);
  });

  it('writes the summary over the paragraph after the plan, not an earlier paragraph with the same words', async () => {
    const spec = SEED_LAYOUTS[4].spec();
    // The stated summary's first line also stands in the title part, before the table.
    const first = spec.blocks.find((block) => 'paragraph' in block && /hoàn thành 20\/25/.test(block.paragraph)) as { paragraph: string };
    spec.blocks.unshift({ paragraph: first.paragraph });
    const { fake, host } = await setUp(spec);
    const source = await host.read();
    const plan = planOf(source);
    await host.apply(planProgress(plan, source.tables, { asOf: '2023-09-11', mode: 'columns' }).edits);
    const text = readWordXml(fake.documentXml()).text.split('\n');
    // The paragraph before the table is untouched; the one after it holds the recomputed sentence.
    expect(text[0]).toBe(first.paragraph);
    expect(text.some((line) => line.startsWith('Tổng số 8 nhiệm vụ'))).toBe(true);
  });
});

describe('a document typed in TCVN3 or VNI, in Word', () => {
  it.each(['tcvn3', 'vni'] as const)('%s: read as the .docx reader reads it; converted to Unicode as one replace of the body', async (encoding) => {
    const bytes = await withLegacyText(await buildDocx(SEED_LAYOUTS[0].spec()), encoding);
    const fake = new FakeWord(await documentXml(bytes));
    const host = wordHost(fake.run, fake.supports, 'Kế hoạch.docx');
    const source = await host.read();
    expect(source).toEqual(await readDocx(bytes));
    expect(source.legacyEncoding).toBe(encoding);
    const plan = planOf(source);
    const { edits } = planFixes(plan, source.tables, validate(plan, null), ['old-encoding']);
    fake.syncs = 0;
    await host.apply(edits);
    expect(fake.syncs).toBe(2);
    expect(fake.calls).toContain('body.insertOoxml(Replace)');
    const after = readWordXml(fake.documentXml());
    expect(after.legacyEncoding).toBeUndefined();
    expect(rowsOf(planOf(after))).toEqual(rowsOf(plan));
    expect(fake.documentXml()).not.toMatch(/\.VnTime|VNI-Times/);
  });

  it('a task inserted into a TCVN3 document is written as Unicode the document reads back', async () => {
    const bytes = await withLegacyText(await buildDocx(SEED_LAYOUTS[4].spec()), 'tcvn3');
    const fake = new FakeWord(await documentXml(bytes));
    const host = wordHost(fake.run, fake.supports, 'Kế hoạch.docx');
    const source = await host.read();
    const { edits } = planInsertion(planOf(source), source.tables, TASKS);
    await host.apply(edits);
    const expected = await readDocx(await writeDocx(bytes, edits));
    expect(rowsOf(planOf(readWordXml(fake.documentXml())))).toEqual(rowsOf(planOf(expected)));
    const prefix = TASKS[0].activities[0].activity.split('{')[0].trim();
    expect(planOf(readWordXml(fake.documentXml())).rows.some((row) => row.activity.startsWith(prefix))).toBe(true);
  });
});

it('on Word without WordApi 1.4, tracked revisions in the body are told to the clerk', async () => {
  const xml = (await documentXml(await buildDocx(SEED_LAYOUTS[0].spec()))).replace(/<w:r>/, '<w:ins w:id="1" w:author="A"><w:r>').replace(/<\/w:r>/, '</w:r></w:ins>');
  const fake = new FakeWord(xml, { WordApi: '1.3' });
  const host = wordHost(fake.run, fake.supports, 'x.docx');
  await host.read();
  expect(host.notices?.()).toEqual(['notice.trackedRevisions']);
  const clean = new FakeWord(await documentXml(await buildDocx(SEED_LAYOUTS[0].spec())), { WordApi: '1.3' });
  const quiet = wordHost(clean.run, clean.supports, 'x.docx');
  await quiet.read();
  expect(quiet.notices?.()).toEqual([]);
});
