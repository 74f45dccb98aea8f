import { bundledCatalogue } from '../catalogue/load';
import type { StandardTask } from '../catalogue/schema';
import { cleanBody, cleanPlan } from '../../test/fixtures/clean-plan';
import { gridOf } from '../../test/fixtures/grid';
import { SEED_LAYOUTS } from '../../test/fixtures/seeds';
import { applyEdits } from './apply';
import { planInsertion } from './insert';
import { recognise } from './recognise';
import { sectionCounts } from './sections';
import type { Plan, SourceDocument } from './types';
import { validate } from './validate';

const catalogue = bundledCatalogue(2025);
const byId = (...ids: string[]): StandardTask[] => ids.map((id) => catalogue.tasks.find((task) => task.id === id) as StandardTask);

function insertInto(doc: SourceDocument, tasks: StandardTask[]) {
  const plan = recognise(doc) as Plan;
  const insertion = planInsertion(plan, doc.tables, tasks);
  const after = recognise(applyEdits(doc, insertion.edits)) as Plan;
  return { plan, after, insertion };
}

const taskNumbers = (plan: Plan) => plan.rows.filter((row) => !row.continuesTask).map((row) => row.number);
const numberingFindings = (plan: Plan) => validate(plan, null).filter((f) => f.code.startsWith('numbering'));

describe('planInsertion', () => {
  it.each(SEED_LAYOUTS.map((seed) => [seed.id, seed] as const))('seed %s layout: two tasks land in their sections, numbering intact', (_id, seed) => {
    const doc = gridOf(seed.spec());
    const tasks = byId('kh-tu-kiem-tra', 'chi-tieu-noi-bo');
    const { plan, after, insertion } = insertInto(doc, tasks);
    expect(after.rows.length).toBe(plan.rows.length + 2);
    const added = after.rows.filter((row) => /tự kiểm tra công tác CCHC năm|Quy chế chi tiêu nội bộ năm/.test(row.activity) && !plan.rows.some((old) => old.activity === row.activity));
    expect(added.map((row) => after.sections[row.section ?? -1]?.areas)).toEqual([['direction'], ['finance']].filter((_a, i) => added[i]));
    expect(added).toHaveLength(2);
    expect(added.every((row) => row.deadlineInfo.kind !== 'unparsed')).toBe(true);
    expect(numberingFindings(after).length).toBeLessThanOrEqual(numberingFindings(plan).length);
    expect(insertion.inserted.map((i) => i.id)).toEqual(['kh-tu-kiem-tra', 'chi-tieu-noi-bo']);
  });

  it('fills {year} and {commune} and continues the numbering with later numbers shifted', () => {
    const { after, insertion } = insertInto(gridOf(cleanPlan()), byId('kh-tuyen-truyen'));
    const added = after.rows.filter((row) => row.taskText === 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025');
    expect(added.map((row) => row.activity)).toEqual(['Xây dựng Kế hoạch tuyên truyền CCHC xã Hòa Bình năm 2025', 'Báo cáo định kỳ về công tác tuyên truyền CCHC']);
    expect(added.map((row) => row.number)).toEqual(['4', '4']);
    expect(taskNumbers(after)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(insertion.inserted[0]).toMatchObject({ section: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', sectionCreated: false, numbers: ['4'] });
    expect(validate(after, null)).toEqual([]);
  });

  it('merges the task cell over its activities like the plan does', () => {
    const doc = gridOf(cleanPlan());
    const { after } = insertInto(doc, byId('kh-tuyen-truyen'));
    const rows = after.rows.filter((row) => row.taskText.startsWith('Ban hành Kế hoạch tuyên truyền'));
    expect(rows.map((row) => row.continuesTask)).toEqual([false, true]);
    expect(after.tasks.length).toBe((recognise(doc) as Plan).tasks.length + 1);
  });

  it('creates a missing section in the official order and renumbers the sections after it', () => {
    const body = cleanBody().filter((row) => !/TÀI CHÍNH|Quy chế chi tiêu/.test(JSON.stringify(row))).map((row) => (row[0] === '10' ? ['9', ...row.slice(1)] : row));
    const doc = gridOf(cleanPlan(body));
    const { after, insertion } = insertInto(doc, byId('chi-tieu-noi-bo', 'quan-ly-tai-san-cong'));
    expect(sectionCounts(after).map((s) => [s.title, s.activities])).toEqual([
      ['I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 4],
      ['II. CẢI CÁCH THỂ CHẾ', 1],
      ['III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 2],
      ['IV. CẢI CÁCH TỔ CHỨC BỘ MÁY', 1],
      ['V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', 1],
      ['VI. CẢI CÁCH TÀI CHÍNH CÔNG', 2],
      ['VII. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', 1],
    ]);
    expect(taskNumbers(after)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(insertion.inserted.map((i) => i.sectionCreated)).toEqual([true, false]);
    expect(validate(after, null)).toEqual([]);
  });

  it('changes nothing outside the plan table', () => {
    const doc = gridOf(SEED_LAYOUTS[0].spec());
    const { insertion } = insertInto(doc, byId('mot-cua'));
    const result = applyEdits(doc, insertion.edits);
    expect(result.text).toBe(doc.text);
    expect(insertion.edits.every((edit) => 'table' in edit && edit.table === 0)).toBe(true);
  });
});
