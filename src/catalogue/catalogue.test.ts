import { parseDeadline } from '../plan/deadline';
import { fillPlaceholders } from '../plan/placeholders';
import { AREAS } from '../plan/types';
import { standardTasksInPlan } from '../plan/standard-tasks';
import type { Plan } from '../plan/types';
import { editionFor } from './editions';
import { bundledCatalogue, catalogueJson } from './load';
import { checkCatalogue, parseCatalogue } from './parse';
import { searchTasks } from './search';

describe.each([
  { edition: 2025 as const, minimum: 60, year: 2025 },
  { edition: 2026 as const, minimum: 75, year: 2027 },
])('the bundled catalogue, edition $edition', ({ edition, minimum, year }) => {
  const catalogue = bundledCatalogue(edition);

  it(`holds at least ${minimum} tasks covering every reform area, with mandatory ones in each`, () => {
    expect(catalogue.edition).toBe(edition);
    expect(catalogue.tasks.length).toBeGreaterThanOrEqual(minimum);
    for (const area of AREAS) {
      expect(catalogue.tasks.filter((task) => task.area === area && task.mandatory).length).toBeGreaterThan(0);
    }
  });

  it.each(catalogue.tasks.flatMap((task) => task.activities.map((a) => [task.id, a.deadline] as const)))('%s: deadline "%s" reads for the plan year', (_id, deadline) => {
    const kind = parseDeadline(fillPlaceholders(deadline, { year, commune: 'Hòa Bình', unit: 'xã' }), year).kind;
    expect(['unparsed', 'empty']).not.toContain(kind);
  });

  it('says where each task comes from: a seed file or a legal basis', () => {
    for (const task of catalogue.tasks) expect(task.sources.length).toBeGreaterThan(0);
  });

  it('no two mandatory tasks are the same gap: no title reads like another mandatory title', () => {
    const mandatory = catalogue.tasks.filter((task) => task.mandatory);
    const titlesOnly = (tasks: typeof mandatory) => tasks.map((task) => ({ ...task, activities: task.activities.slice(0, 1).map((a) => ({ ...a, activity: task.task })), aliases: [] }));
    for (const task of mandatory) {
      const plan = { tasks: [{ text: fillPlaceholders(task.task, { year, commune: 'Hòa Bình', unit: 'xã' }) }], rows: [] } as unknown as Plan;
      expect([...standardTasksInPlan(plan, titlesOnly(mandatory.filter((other) => other !== task)))]).toEqual([]);
    }
  });

  it('passes the schema as bundled (bundledCatalogue trusts it, so that checking a plan loads no validator)', () => {
    expect(checkCatalogue(JSON.parse(JSON.stringify(catalogue)))).toEqual({ ok: true, catalogue });
  });

  it('round-trips through its JSON export', () => {
    expect(parseCatalogue(catalogueJson(catalogue))).toEqual({ ok: true, catalogue });
  });
});

describe('the 2026 edition speaks of two-level government', () => {
  const text = JSON.stringify(bundledCatalogue(2026));
  it.each(['UBND huyện', 'Bộ phận tiếp nhận và trả kết quả', 'Bộ phận Tiếp nhận', 'Văn phòng - Thống kê', 'Tư pháp - Hộ tịch', 'Tài chính - Kế toán', 'Địa chính', 'xã {commune}'])('never says "%s"', (old) => {
    expect(text).not.toContain(old);
  });
  it.each(['Trung tâm Phục vụ hành chính công', 'Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội', '{economyOffice}', 'Sở Nội vụ', 'toàn trình', 'không phụ thuộc địa giới hành chính', 'Nghị quyết 66/NQ-CP', 'Nghị quyết 57-NQ/TW', 'thôn, tổ dân phố'])('says "%s"', (word) => {
    expect(text).toContain(word);
  });
  it('picks the edition by plan year', () => {
    expect([editionFor(2023), editionFor(2025), editionFor(2026), editionFor(2027), editionFor(null)]).toEqual([2025, 2025, 2026, 2026, 2026]);
  });
});

describe('searchTasks', () => {
  const tasks = bundledCatalogue(2025).tasks;
  it.each([
    ['tuyen truyen', 'kh-tuyen-truyen'],
    ['Tuyên truyền', 'kh-tuyen-truyen'],
    ['TUYEN TRUYEN', 'tuyen-truyen-truyen-thanh'],
    ['kiểm soát tthc', 'kh-kiem-soat-tthc'],
    ['chi tieu noi bo', 'chi-tieu-noi-bo'],
  ])('"%s" finds %s', (query, id) => {
    expect(searchTasks(tasks, query).map((task) => task.id)).toContain(id);
  });

  it.each([
    ['tai chinh', 'finance'],
    ['tài chính công', 'finance'],
    ['chuyen doi so', 'digital'],
    ['mot cua', 'procedure'],
  ])('"%s" ranks %s tasks first in the 2026 edition', (query, area) => {
    const found = searchTasks(bundledCatalogue(2026).tasks, query);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].area).toBe(area);
  });

  it('a phrase is a phrase: "tuyen truyen" does not find "trực tuyến … truyền hình"', () => {
    expect(searchTasks(bundledCatalogue(2026).tasks, 'tuyen truyen').map((task) => task.id)).not.toContain('hop-truc-tuyen');
  });

  it('filters by area', () => {
    const found = searchTasks(tasks, '', 'finance');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((task) => task.area === 'finance')).toBe(true);
  });

  it('finds nothing for words no task has', () => {
    expect(searchTasks(tasks, 'bóng đá')).toEqual([]);
  });
});

describe('parseCatalogue', () => {
  it.each([
    ['not JSON', '{', ''],
    ['no tasks', '{"version": 1, "tasks": []}', 'tasks'],
    ['wrong area', JSON.stringify({ version: 1, tasks: [{ id: 'a', area: 'sport', task: 'X', mandatory: true, activities: [{ activity: 'Y', product: '', lead: '', coordinator: '', deadline: '' }], sources: [] }] }), 'tasks[0].area'],
    ['mandatory as text', JSON.stringify({ version: 1, tasks: [{ id: 'a', area: 'finance', task: 'X', mandatory: 'yes', activities: [{ activity: 'Y', product: '', lead: '', coordinator: '', deadline: '' }], sources: [] }] }), 'tasks[0].mandatory'],
    ['empty activity', JSON.stringify({ version: 1, tasks: [{ id: 'a', area: 'finance', task: 'X', mandatory: true, activities: [{ activity: ' ', product: '', lead: '', coordinator: '', deadline: '' }], sources: [] }] }), 'tasks[0].activities[0].activity'],
  ])('%s: reports %s', (_name, json, path) => {
    const result = parseCatalogue(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(path);
  });

  it('reports duplicate ids', () => {
    const task = { id: 'a', area: 'finance', task: 'X', mandatory: true, activities: [{ activity: 'Y', product: '', lead: '', coordinator: '', deadline: '' }], sources: [] };
    const result = parseCatalogue(JSON.stringify({ version: 1, tasks: [task, task] }));
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ path: 'tasks[1].id' })] });
  });
});
