import type { StandardTask } from '../catalogue/schema';
import type { Unit } from './metadata';
import { fillPlaceholders } from './placeholders';
import { AREA_TITLES, romanNumeral } from './section-rows';
import { AREAS, type Area } from './types';

/** The header of a new plan, in the layout most seeds use. */
export const NEW_PLAN_HEADER = ['TT', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'];

export interface NewPlanTask {
  number: string;
  task: string;
  activities: Array<{ activity: string; product: string; lead: string; coordinator: string; deadline: string }>;
}

/** A plan to write: its title lines and, per reform area in the official order, its sections and tasks. */
export interface NewPlan {
  title: string[];
  sections: Array<{ title: string; tasks: NewPlanTask[] }>;
}

/** "xã Hòa An" → the unit word and the name; a bare name is a xã. */
export function parseUnitName(text: string): { unit: Unit; name: string } | null {
  const match = /^\s*(xã|phường|thị trấn|đặc khu)\s+(\S.*?)\s*$/iu.exec(text);
  if (match) return { unit: match[1].toLocaleLowerCase('vi') as Unit, name: match[2] };
  return text.trim() ? { unit: 'xã', name: text.trim() } : null;
}

/**
 * The sections a plan is built on: the seven areas (direction work first), or the six of
 * Nghị quyết 76/NQ-CP, where direction work stands at the head of the first section.
 */
export type PlanLayout = 'seven' | 'six';

/**
 * The plan a clerk starts from: the title and basis lines with the unit and year, one
 * section per reform area that has chosen tasks (in the official order, numbered I, II…),
 * the tasks numbered 1, 2… through the plan, placeholders filled.
 */
export function newPlan(unit: Unit, name: string, year: number, tasks: readonly StandardTask[], layout: PlanLayout = 'seven'): NewPlan {
  const values = { year, commune: name, unit };
  const upper = `${unit} ${name}`.toLocaleUpperCase('vi');
  let number = 0;
  const areas = layout === 'six' ? AREAS.filter((area) => area !== 'direction') : AREAS;
  const sectionOf = (area: Area): Area => (layout === 'six' && area === 'direction' ? areas[0] : area);
  // In the six-area layout, direction tasks come first in the first section.
  const ordered = layout === 'six' ? [...tasks.filter((t) => t.area === 'direction'), ...tasks.filter((t) => t.area !== 'direction')] : tasks;
  const sections = areas.map((area) => ordered.filter((task) => sectionOf(task.area) === area))
    .map((ofArea, i) => ({ area: areas[i], ofArea }))
    .filter(({ ofArea }) => ofArea.length > 0)
    .map(({ area, ofArea }, s) => ({
      title: `${romanNumeral(s + 1)}. ${AREA_TITLES[area].toLocaleUpperCase('vi')}`,
      tasks: ofArea.map((task) => ({
        number: String(++number),
        task: fillPlaceholders(task.task, values),
        activities: task.activities.map((a) => ({
          activity: fillPlaceholders(a.activity, values),
          product: fillPlaceholders(a.product, values),
          lead: fillPlaceholders(a.lead, values),
          coordinator: fillPlaceholders(a.coordinator, values),
          deadline: fillPlaceholders(a.deadline, values),
        })),
      })),
    }));
  return {
    title: [
      `ỦY BAN NHÂN DÂN ${upper}`,
      'KẾ HOẠCH',
      `Cải cách hành chính năm ${year} của ${unit} ${name}`,
      `Căn cứ Kế hoạch cải cách hành chính năm ${year} của Ủy ban nhân dân tỉnh và hướng dẫn của Sở Nội vụ, Ủy ban nhân dân ${unit} ${name} ban hành Kế hoạch cải cách hành chính năm ${year} như sau:`,
    ],
    sections,
  };
}

/** The plan's table as rows of texts (header first), each section a row of one text, each task once over its activities. */
export function newPlanRows(plan: NewPlan): Array<{ kind: 'header' | 'section' | 'activity'; cells: string[]; firstOfTask: boolean; taskRows: number }> {
  const rows: Array<{ kind: 'header' | 'section' | 'activity'; cells: string[]; firstOfTask: boolean; taskRows: number }> = [
    { kind: 'header', cells: NEW_PLAN_HEADER, firstOfTask: false, taskRows: 0 },
  ];
  for (const section of plan.sections) {
    rows.push({ kind: 'section', cells: [section.title], firstOfTask: false, taskRows: 0 });
    for (const task of section.tasks) {
      task.activities.forEach((a, j) => {
        rows.push({ kind: 'activity', cells: [task.number, task.task, a.activity, a.product, a.lead, a.coordinator, a.deadline], firstOfTask: j === 0, taskRows: task.activities.length });
      });
    }
  }
  return rows;
}
