import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { editionFor } from '../../src/catalogue/editions';
import { bundledCatalogue } from '../../src/catalogue/load';
import { excelHost } from '../../src/hosts/excel/excel-host';
import { wordHost } from '../../src/hosts/word/word-host';
import { planFixes } from '../../src/plan/fixes';
import { recognise } from '../../src/plan/recognise';
import type { Plan } from '../../src/plan/types';
import { validate } from '../../src/plan/validate';
import { cleanBody, cleanPlan } from '../fixtures/clean-plan';
import { DOCX, XLSX } from '../fixtures/file-kinds';
import { seed000 } from '../fixtures/seed000';
import { stackTables, type SpecDocument } from '../fixtures/spec';
import { mergedXa2027 } from '../fixtures/two-level';
import { FakeExcel } from '../fakes/fake-excel';
import { FakeWord } from '../fakes/fake-word';
import { inProcess } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';

const FIXED = ['foreign-commune', 'wrong-year', 'deadline-out-of-year', 'outdated-reference', 'numbering-gap', 'numbering-duplicate', 'summary-mismatch'];

describe.each([DOCX, XLSX])('cchc fix through .$ext', (kind) => {
  it.each([
    ['seed 000 (another commune, last year\'s plan year)', seed000],
    ['a 2027 plan with the old apparatus left in it', mergedXa2027],
  ])('%s: every finding it corrects is gone on re-reading, and nothing else changed', async (_name, spec) => {
    const bytes = await kind.build(spec());
    const doc = await kind.read(bytes);
    const plan = recognise(doc) as Plan;
    const catalogue = bundledCatalogue(editionFor(plan.year));
    const findings = validate(plan, catalogue);
    const { edits, changes } = planFixes(plan, doc.tables, findings);
    expect(changes.length).toBeGreaterThan(0);
    const after = recognise(await kind.read(await kind.write(bytes, edits))) as Plan;
    const remaining = validate(after, catalogue).filter((f) => ['foreign-commune', 'wrong-year', 'outdated-reference'].includes(f.code));
    expect(remaining).toEqual([]);
    // The rest of the plan is as it was: same activities count, unit, year, and the other findings.
    expect([after.unit, after.commune, after.year, after.rows.length]).toEqual([plan.unit, plan.commune, plan.year, plan.rows.length]);
    const others = (p: Plan) => validate(p, catalogue).filter((f) => !FIXED.includes(f.code)).map((f) => [f.code, f.row, f.field]);
    expect(others(after)).toEqual(others(plan));
  });
});

describe('planFixes on single cells', () => {
  it.each([
    ['another commune, in capitals too', 'Ban hành Kế hoạch xã Tân Lập và XÃ TÂN LẬP năm 2025', 'Ban hành Kế hoạch xã Hòa Bình và XÃ HÒA BÌNH năm 2025'],
    ['an old unit marked (cũ) stays', 'Rà soát hồ sơ của xã Tân Lập (cũ) và xã Chí Minh', 'Rà soát hồ sơ của xã Tân Lập (cũ) và xã Hòa Bình'],
    ['last year as the plan\'s year, a look back kept', 'Kế hoạch tuyên truyền năm 2024 trên cơ sở kết quả năm 2024', 'Kế hoạch tuyên truyền năm 2025 trên cơ sở kết quả năm 2024'],
  ])('%s', async (_name, text, expected) => {
    const body = cleanBody().map((row) => (row[0] === '5' ? row.map((cell, c) => (c === 2 ? text : cell)) : row));
    const bytes = await DOCX.build(cleanPlan(body));
    const doc = await DOCX.read(bytes);
    const plan = recognise(doc) as Plan;
    const { edits } = planFixes(plan, doc.tables, validate(plan, null));
    const after = recognise(await DOCX.read(await DOCX.write(bytes, edits))) as Plan;
    expect(after.rows.find((row) => row.number === '5')?.activity).toBe(expected);
  });

  it('renumbers a gap and a repeat, keeping the rest', async () => {
    const body = cleanBody().map((row) => (row[0] === '7' ? ['9', ...row.slice(1)] : row[0] === '8' ? ['9', ...row.slice(1)] : row));
    const bytes = await DOCX.build(cleanPlan(body));
    const doc = await DOCX.read(bytes);
    const plan = recognise(doc) as Plan;
    const { edits } = planFixes(plan, doc.tables, validate(plan, null));
    const after = recognise(await DOCX.read(await DOCX.write(bytes, edits))) as Plan;
    expect(validate(after, null).filter((f) => f.code.startsWith('numbering'))).toEqual([]);
    const numbers = [...new Set(after.rows.map((row) => row.number))];
    expect(numbers).toEqual(numbers.map((_n, i) => String(i + 1)));
  });
});

describe('cchc fix through the Word and Excel add-ins (fakes)', () => {
  const hosts = [
    ['Word', async (spec: SpecDocument) => {
      const fake = new FakeWord(await (await JSZip.loadAsync(await DOCX.build(spec))).file('word/document.xml')!.async('string'));
      return wordHost(fake.run, fake.supports, 'Kế hoạch.docx');
    }],
    ['Excel', async (spec: SpecDocument) => {
      const bytes = await XLSX.build(stackTables(spec));
      const fake = await FakeExcel.fromXlsx(bytes, 0);
      return excelHost(fake.run, fake.supports, 'Kế hoạch.xlsx');
    }],
  ] as const;
  it.each(hosts.flatMap(([name, make]) => [
    [name, 'seed 000', seed000, make],
    [name, 'a 2027 plan with the old apparatus', mergedXa2027, make],
  ] as const))('%s, %s: the corrected findings are gone, the rest as it was', async (_host, _name, spec, make) => {
    const host = await make(spec());
    const before = recognise(await host.read()) as Plan;
    const catalogue = bundledCatalogue(editionFor(before.year));
    const { edits, changes } = planFixes(before, (await host.read()).tables, validate(before, catalogue));
    expect(changes.length).toBeGreaterThan(0);
    await host.apply(edits);
    const after = recognise(await host.read()) as Plan;
    // A deadline in the year after the plan's is not last year's: it stays for the clerk.
    expect(validate(after, catalogue).filter((f) => FIXED.includes(f.code) && f.code !== 'deadline-out-of-year')).toEqual([]);
    const others = (p: Plan) => validate(p, catalogue).filter((f) => !FIXED.includes(f.code)).map((f) => [f.code, f.field]);
    expect(others(after)).toEqual(others(before));
  });
});

describe('cchc fix on the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('cchc-fix-');
    await writeFile(join(dir, 'quang-khai.docx'), await DOCX.build(seed000()));
  });

  it('writes the corrections to a new file, says each one, and checks the written file again', async () => {
    const input = join(dir, 'quang-khai.docx');
    const before = await readFile(input);
    const { code, out } = await inProcess(['fix', input, '--out', join(dir, 'da-sua.docx')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^\[foreign-commune\] ".*Chí Minh.*" → ".*Quang Khải.*"$/m);
    expect(out).toMatch(/^Đã sửa \d+ chỗ\.$/m);
    const recheck = /^Kiểm tra lại tệp đã ghi: còn (\d+) lỗi, (\d+) cảnh báo, (\d+) gợi ý\.$/m.exec(out);
    expect(recheck).not.toBeNull();
    const checked = JSON.parse((await inProcess(['check', join(dir, 'da-sua.docx'), '--json'])).out) as { findings: Array<{ severity: string; code: string }> };
    expect(Number(recheck![1])).toBe(checked.findings.filter((f) => f.severity === 'error').length);
    expect(checked.findings.map((f) => f.code)).not.toContain('foreign-commune');
    expect(await readFile(input)).toEqual(before);
  });

  it('--code fixes only those codes; --json gives the list; an unknown code is refused', async () => {
    const input = join(dir, 'quang-khai.docx');
    const { out } = await inProcess(['fix', input, '--code', 'wrong-year', '--out', join(dir, 'nam.docx'), '--json']);
    const changes = JSON.parse(out) as Array<{ code: string; row: number | null; field: string | null; before: string; after: string }>;
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((c) => c.code))).toEqual(new Set(['wrong-year']));
    const refused = await inProcess(['fix', input, '--code', 'no-such-code']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('no-such-code');
  });
});
