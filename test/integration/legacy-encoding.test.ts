import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { bundledCatalogue } from '../../src/catalogue/load';
import { readStyleFonts } from '../../src/hosts/ooxml/fonts';
import { readDocx, readWordXml } from '../../src/hosts/ooxml/read-docx';
import { applyWordXmlEdits, writeDocx } from '../../src/hosts/ooxml/write-docx';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { writeXlsx } from '../../src/hosts/xlsx/write-xlsx';
import { planFixes } from '../../src/plan/fixes';
import { planInsertion } from '../../src/plan/insert';
import { recognise } from '../../src/plan/recognise';
import type { Plan, SourceDocument } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { buildDocx, buildXlsx } from '../fixtures/build';
import { DOCX, XLSX } from '../fixtures/file-kinds';
import { seed000 } from '../fixtures/seed000';
import { cchc } from '../helpers/cli';
import { tcvn3Segments, vniText, withLegacyCells, withLegacyText } from '../fixtures/legacy-text';
import { SEED_LAYOUTS } from '../fixtures/seeds';
import { tempDir } from '../helpers/temp-dir';

/** What a clerk checks of a plan: unit, year, and every row's texts and deadline. */
function planView(plan: Plan | null) {
  return plan && {
    unit: plan.unit,
    commune: plan.commune,
    year: plan.year,
    sections: plan.sections.map((s) => [s.title, s.areas]),
    rows: plan.rows.map((r) => [r.number, r.taskText, r.activity, r.product, r.lead, r.coordinator, r.deadline, r.deadlineInfo?.kind]),
  };
}

const codes = (plan: Plan) => validate(plan, bundledCatalogue(2025)).map((f) => `${f.code}:${f.row}`);

const VARIANTS = [
  ['tcvn3', 'runs'],
  ['tcvn3', 'style'],
  ['vni', 'runs'],
  ['vni', 'style'],
] as const;

describe('old Vietnamese encodings (TCVN3, VNI) in clerks\' files', () => {
  it('the fixture types text as a clerk would: TCVN3 capitals it lacks in the H font, VNI as letter and mark', () => {
    expect(tcvn3Segments('KẾ HOẠCH Uỷ ban')).toEqual([{ text: 'K', capitals: false }, { text: 'Õ', capitals: true }, { text: ' HO', capitals: false }, { text: '¹', capitals: true }, { text: 'CH Uû ban', capitals: false }]);
    expect(vniText('Kế hoạch năm 2027')).toBe('Keá hoaïch naêm 2027');
  });

  for (const seed of SEED_LAYOUTS) {
    it.each(VARIANTS)(`seed ${seed.id} in %s (font in the %s) reads as the Unicode plan, with one old-encoding finding`, async (encoding, fontIn) => {
      const unicode = await buildDocx(seed.spec());
      const expected = recognise(await readDocx(unicode)) as Plan;
      const doc = await readDocx(await withLegacyText(unicode, encoding, fontIn));
      expect(doc.legacyEncoding).toBe(encoding);
      const actual = recognise(doc) as Plan;
      expect(planView(actual)).toEqual(planView(expected));
      expect(codes(actual)).toEqual(['old-encoding:null', ...codes(expected)]);
    });
  }

  it.each(['tcvn3', 'vni'] as const)('a .xlsx in %s reads as the Unicode plan (seed 000 and 002)', async (encoding) => {
    for (const id of ['000', '002']) {
      const spec = SEED_LAYOUTS.find((s) => s.id === id)!.spec();
      const unicode = await buildXlsx(spec);
      const expected = recognise(await readXlsx(unicode)) as Plan;
      const doc = await readXlsx(await withLegacyCells(unicode, encoding));
      expect(doc.legacyEncoding).toBe(encoding);
      expect(planView(recognise(doc))).toEqual(planView(expected));
    }
  });

  it('a Unicode document is not taken for an old one', async () => {
    const doc = await readDocx(await buildDocx(SEED_LAYOUTS[0].spec()));
    expect(doc.legacyEncoding).toBeUndefined();
    expect(codes(recognise(doc) as Plan)).not.toContain('old-encoding:null');
  });

  it.each(VARIANTS)('converting a %s .docx (font in the %s) gives the same plan in Unicode Times New Roman, nothing else changed', async (encoding, fontIn) => {
    const seed = SEED_LAYOUTS.find((s) => s.id === '000')!;
    const unicode = await buildDocx(seed.spec());
    const legacy = await withLegacyText(unicode, encoding, fontIn);
    const before = recognise(await readDocx(legacy)) as Plan;
    const fix = planFixes(before, (await readDocx(legacy)).tables, validate(before, null), ['old-encoding']);
    expect(fix.edits).toEqual([{ kind: 'convert-encoding' }]);
    const converted = await writeDocx(legacy, fix.edits);
    const doc = await readDocx(converted);
    expect(doc.legacyEncoding).toBeUndefined();
    expect(planView(recognise(doc))).toEqual(planView(before));
    const zip = await JSZip.loadAsync(converted);
    for (const part of ['word/document.xml', 'word/styles.xml']) expect(await zip.file(part)!.async('string')).not.toMatch(/\.VnTime|VNI-Times/);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('w:hAnsi="Times New Roman"');
  });

  it.each(['tcvn3', 'vni'] as const)('converting a %s .xlsx gives Unicode cells in Times New Roman', async (encoding) => {
    const unicode = await buildXlsx(SEED_LAYOUTS.find((s) => s.id === '000')!.spec());
    const legacy = await withLegacyCells(unicode, encoding);
    const before = recognise(await readXlsx(legacy)) as Plan;
    const converted = await writeXlsx(legacy, [{ kind: 'convert-encoding' }]);
    const doc = await readXlsx(converted);
    expect(doc.legacyEncoding).toBeUndefined();
    expect(planView(recognise(doc))).toEqual(planView(before));
    const zip = await JSZip.loadAsync(converted);
    expect(await zip.file('xl/styles.xml')!.async('string')).not.toMatch(/\.VnTime|VNI-Times/);
  });

  it('a task inserted into a TCVN3 plan is written in Unicode Times New Roman and reads back as written', async () => {
    const legacy = await withLegacyText(await buildDocx(SEED_LAYOUTS.find((s) => s.id === '004')!.spec()), 'tcvn3', 'style');
    const doc: SourceDocument = await readDocx(legacy);
    const plan = recognise(doc) as Plan;
    const task = bundledCatalogue(2025).tasks.find((t) => t.id === 'kh-tuyen-truyen')!;
    const { edits } = planInsertion(plan, doc.tables, [task]);
    const after = recognise(await readDocx(await writeDocx(legacy, edits))) as Plan;
    const activities = after.rows.map((r) => r.activity);
    // Placeholders ({unit}, {year}) are filled in: the words before the first one are the catalogue's.
    for (const { activity } of task.activities) expect(activities.some((text) => text.includes(activity.split('{')[0].trim()))).toBe(true);
    expect(after.rows).toHaveLength(plan.rows.length + task.activities.length);
    // The rows read before are read the same: the plan's own text is still decoded.
    expect(after.rows.filter((r) => plan.rows.some((p) => p.activity === r.activity)).length).toBeGreaterThanOrEqual(plan.rows.length);
  });
});

describe('cchc convert-unicode, and every fix of an old-encoding plan at once', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await tempDir('cchc-legacy-');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it.each([DOCX, XLSX])('fix of every finding on seed 000 in TCVN3 (.$ext): converted, corrected, the rest unchanged', async (kind) => {
    const unicode = await kind.build(seed000());
    const legacy = kind.ext === 'docx' ? await withLegacyText(unicode, 'tcvn3', 'style') : await withLegacyCells(unicode, 'tcvn3');
    const doc = await kind.read(legacy);
    const plan = recognise(doc) as Plan;
    const findings = validate(plan, null);
    const { edits, changes } = planFixes(plan, doc.tables, findings);
    expect(edits[0]).toEqual({ kind: 'convert-encoding' });
    expect(changes.map((c) => c.code)).toContain('foreign-commune');
    const written = await kind.read(await kind.write(legacy, edits));
    const after = recognise(written) as Plan;
    expect(written.legacyEncoding).toBeUndefined();
    const fixedUnicode = recognise(await kind.read(await kind.write(unicode, planFixes(recognise(await kind.read(unicode)) as Plan, (await kind.read(unicode)).tables, validate(recognise(await kind.read(unicode)) as Plan, null)).edits))) as Plan;
    expect(planView(after)).toEqual(planView(fixedUnicode));
  });

  it('converts a VNI .docx, says what it did, and the copy checks without the finding', async () => {
    const input = join(folder, 'ke-hoach-vni.docx');
    const output = join(folder, 'ke-hoach-unicode.docx');
    await writeFile(input, await withLegacyText(await buildDocx(seed000()), 'vni'));
    const before = await cchc(['check', input, '--json']);
    expect(JSON.parse(before.stdout).findings.map((f: { code: string }) => f.code)).toContain('old-encoding');
    const converted = await cchc(['convert-unicode', input, '--out', output]);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toContain('[old-encoding] "VNI Windows" → "Unicode (Times New Roman)"');
    const after = await cchc(['check', output, '--json']);
    expect(JSON.parse(after.stdout).findings.map((f: { code: string }) => f.code)).not.toContain('old-encoding');
    expect(JSON.parse(after.stdout).plan.commune).toBe(JSON.parse(before.stdout).plan.commune);
  });

  it('a Unicode document: nothing to convert, nothing written', async () => {
    const input = join(folder, 'ke-hoach.docx');
    const output = join(folder, 'khong-ghi.docx');
    await writeFile(input, await buildDocx(seed000()));
    const result = await cchc(['convert-unicode', input, '--out', output]);
    expect([result.code, result.stdout.trim().split('\n')[0]]).toEqual([0, 'Tài liệu đã gõ bằng Unicode: không có gì để chuyển.']);
    await expect(stat(output)).rejects.toThrow();
  });
});

describe('TCVN3\'s ư, whose code is the soft hyphen', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const run = (content: string, font = '.VnTime') => `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>${content}</w:r>`;
  const body = (paragraph: string) => `<w:document ${W}><w:body><w:p>${paragraph}</w:p></w:body></w:document>`;
  // As Word and LibreOffice keep it: a w:softHyphen element between the run's texts.
  const xml = body(run('<w:t>Tr</w:t><w:softHyphen/><w:t>íc ngµy</w:t>') + run('<w:t xml:space="preserve"> auto</w:t><w:softHyphen/><w:t>matic</w:t>', 'Times New Roman'));

  it('is read as ư in a TCVN3 run, and as nothing (a break point) elsewhere', () => {
    expect(readWordXml(xml).text).toBe('Trước ngày automatic');
  });

  it('is written as ư when the document is converted', () => {
    const converted = applyWordXmlEdits(xml, [{ kind: 'convert-encoding' }], readStyleFonts(null));
    expect(readWordXml(converted).text).toBe('Trước ngày automatic');
    expect(converted).toContain('<w:t>ư</w:t>');
    expect(converted.match(/<w:softHyphen\/>/g)).toHaveLength(1);
  });
});
