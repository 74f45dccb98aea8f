import { parseDeadline } from '../plan/deadline';
import { fillPlaceholders } from '../plan/placeholders';
import { AREAS } from '../plan/types';
import { bundledCatalogue, catalogueJson, parseCatalogue } from './load';
import { searchTasks } from './search';

describe('the bundled catalogue', () => {
  const catalogue = bundledCatalogue();

  it('holds at least 60 tasks covering every reform area, with mandatory ones in each', () => {
    expect(catalogue.tasks.length).toBeGreaterThanOrEqual(60);
    for (const area of AREAS) {
      expect(catalogue.tasks.filter((task) => task.area === area && task.mandatory).length).toBeGreaterThan(0);
    }
  });

  it.each(bundledCatalogue().tasks.flatMap((task) => task.activities.map((a) => [task.id, a.deadline] as const)))(
    '%s: deadline "%s" reads for the plan year',
    (_id, deadline) => {
      const kind = parseDeadline(fillPlaceholders(deadline, { year: 2025, commune: 'Hòa Bình', unit: 'xã' }), 2025).kind;
      expect(['unparsed', 'empty']).not.toContain(kind);
    },
  );

  it('round-trips through its JSON export', () => {
    expect(parseCatalogue(catalogueJson(catalogue))).toEqual({ ok: true, catalogue });
  });
});

describe('searchTasks', () => {
  const tasks = bundledCatalogue().tasks;
  it.each([
    ['tuyen truyen', 'kh-tuyen-truyen'],
    ['Tuyên truyền', 'kh-tuyen-truyen'],
    ['TUYEN TRUYEN', 'tuyen-truyen-truyen-thanh'],
    ['kiểm soát tthc', 'kh-kiem-soat-tthc'],
    ['chi tieu noi bo', 'chi-tieu-noi-bo'],
  ])('"%s" finds %s', (query, id) => {
    expect(searchTasks(tasks, query).map((task) => task.id)).toContain(id);
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
