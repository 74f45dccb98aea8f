import type { StandardTask } from '../catalogue/schema';
import type { Edit, GridPosition, NewRow } from './edits';
import { detectLayout, TASK_TEXT_NUMBER, type PlanLayout } from './layout';
import { fillPlaceholders } from './placeholders';
import { AREA_TITLES, romanNumeral, sectionRow } from './section-rows';
import { AREAS, type Area, type Plan, type PlanRow, type Table } from './types';

/** Where one inserted task went, for the clerk's result message. */
export interface InsertedTask {
  id: string;
  task: string;
  section: string;
  sectionCreated: boolean;
  numbers: string[];
}

export interface Insertion {
  edits: Edit[];
  inserted: InsertedTask[];
}

/** A place rows go: after a grid row, with `before` plan rows ahead of it in document order. */
interface Slot {
  at: GridPosition;
  before: number;
  /** Section index the rows join, or the area of a section to create. */
  section: number | { create: Area; position: number };
}

/**
 * The edits that insert standard tasks (DESIGN §1.2): each task's rows at the end
 * of the section of its area (a section is created in the official order when the
 * plan has none), shaped like the plan's own rows, numbering continued and later
 * numbers shifted.
 */
export function planInsertion(plan: Plan, tables: readonly Table[], tasks: readonly StandardTask[]): Insertion {
  if (plan.rows.length === 0) return { edits: [], inserted: [] };
  const layout = detectLayout(plan, tables);
  const slots = new Map<string, Slot>();
  const queued: Array<{ task: StandardTask; slot: Slot }> = [];
  for (const task of tasks) {
    const slot = slotFor(plan, task.area);
    const key = typeof slot.section === 'number' ? `s${slot.section}` : `a${slot.section.create}`;
    if (!slots.has(key)) slots.set(key, slot);
    queued.push({ task, slot: slots.get(key) as Slot });
  }
  // Rows joining a section go before a new section created at the same place.
  queued.sort((a, b) => a.slot.before - b.slot.before || Number(typeof a.slot.section !== 'number') - Number(typeof b.slot.section !== 'number'));
  const writer = new InsertionWriter(plan, tables, layout);
  for (const { task, slot } of queued) writer.add(task, slot);
  return writer.finish();
}

function areaRank(areas: readonly Area[]): number {
  return areas.length === 0 ? -1 : Math.min(...areas.map((area) => AREAS.indexOf(area)));
}

function slotFor(plan: Plan, area: Area): Slot {
  const { rows, sections } = plan;
  const own = sections.map((s, i) => ({ s, i })).filter(({ s }) => s.areas.includes(area)).at(-1);
  if (own) {
    const last = lastIndex(rows, (row) => row.section === own.i);
    if (last >= 0) return { at: rows[last].source, before: last + 1, section: own.i };
    const before = lastIndex(rows, (row) => row.section !== null && row.section < own.i) + 1;
    return { at: own.s.source ?? rows[0].source, before, section: own.i };
  }
  const next = sections.findIndex((s) => areaRank(s.areas) > AREAS.indexOf(area));
  if (next >= 0 && sections[next].source) {
    const source = sections[next].source as GridPosition;
    const before = rows.findIndex((row) => row.section !== null && row.section >= next);
    return { at: { table: source.table, row: source.row - 1 }, before: before < 0 ? rows.length : before, section: { create: area, position: next } };
  }
  return { at: (rows.at(-1) as PlanRow).source, before: rows.length, section: { create: area, position: sections.length } };
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

class InsertionWriter {
  private readonly rowsAt = new Map<string, { at: GridPosition; rows: NewRow[] }>();
  private readonly inserted: InsertedTask[] = [];
  /** New numbered units per plan position ("before" index), for shifting later numbers. */
  private readonly newUnits: Array<{ before: number }> = [];
  private readonly lastInSection = new Map<string, number>();
  /** Section positions (indexes of the sections they go before) of the sections created. */
  private readonly createdSections: number[] = [];
  private readonly sectionTitles = new Map<string, string>();

  constructor(
    private readonly plan: Plan,
    private readonly tables: readonly Table[],
    private readonly layout: PlanLayout,
  ) {}

  add(task: StandardTask, slot: Slot): void {
    const { plan } = this;
    const values = { year: plan.year, commune: plan.commune, unit: plan.unit };
    const rows: NewRow[] = [];
    const key = typeof slot.section === 'number' ? `s${slot.section}` : `a${slot.section.create}`;
    let created = false;
    if (typeof slot.section !== 'number' && !this.sectionTitles.has(key)) {
      const roman = romanNumeral(slot.section.position + this.createdSections.length + 1);
      const template = plan.sections.find((s) => s.source)?.source;
      const title = template ? sectionRow(this.tables, template, roman, AREA_TITLES[slot.section.create]) : null;
      if (template && title) rows.push(title.row);
      this.sectionTitles.set(key, title?.title ?? AREA_TITLES[slot.section.create]);
      this.createdSections.push(slot.section.position);
      created = true;
    }
    const sectionTitle = typeof slot.section === 'number' ? plan.sections[slot.section]?.title ?? '' : (this.sectionTitles.get(key) as string);
    const taskText = fillPlaceholders(task.task, values);
    const numbers: string[] = [];
    const nextNumber = (): string => {
      const value = this.nextUnit(slot, key);
      numbers.push(String(value));
      return String(value);
    };
    const template = this.activityTemplate(slot);
    if (this.layout.groupRows) rows.push(this.groupRow(slot, taskText));
    const { columns } = plan;
    const separateTask = columns.task !== null && columns.task !== columns.activity;
    let taskNumber = '';
    task.activities.forEach((activity, j) => {
      const cells: Record<number, string> = {};
      const mergeUp: number[] = [];
      const set = (col: number | null, text: string) => {
        if (col !== null) cells[col] = text;
      };
      const numbered = this.layout.numbering !== 'none' && (this.layout.numberPer === 'activity' || j === 0);
      if (numbered) taskNumber = nextNumber();
      if (columns.number !== null && this.layout.numbering === 'column') {
        if (!numbered && this.layout.mergeNumber) mergeUp.push(columns.number);
        // Word numbers a TT made by its list numbering: the copied row continues the list, typing a number would double it.
        else set(columns.number, numbered && !this.listNumbered(template) ? taskNumber : '');
      }
      if (separateTask) {
        const ownText = this.layout.numbering === 'task-text' ? `${taskNumber}. ${taskText}` : taskText;
        if (j === 0 || this.layout.taskCells === 'repeat') set(columns.task, ownText);
        else if (this.layout.taskCells === 'merge' && columns.task !== null) mergeUp.push(columns.task);
      }
      set(columns.activity, fillPlaceholders(activity.activity, values));
      set(columns.product, fillPlaceholders(activity.product, values));
      set(columns.lead, fillPlaceholders(activity.lead, values));
      set(columns.coordinator, fillPlaceholders(activity.coordinator, values));
      set(columns.deadline, fillPlaceholders(activity.deadline, values));
      rows.push({ template, cells, mergeUp });
    });
    const atKey = `${slot.at.table}:${slot.at.row}`;
    const entry = this.rowsAt.get(atKey) ?? { at: slot.at, rows: [] };
    entry.rows.push(...rows);
    this.rowsAt.set(atKey, entry);
    this.inserted.push({ id: task.id, task: taskText, section: sectionTitle, sectionCreated: created, numbers });
  }

  /** Whether a row's TT is Word's automatic list number. */
  private listNumbered(at: GridPosition): boolean {
    const col = this.plan.columns.number;
    return col !== null && this.tables[at.table].rows[at.row][col]?.listNumbered === true;
  }

  /** The next number for a unit inserted in a slot, counting units already inserted before it. */
  private nextUnit(slot: Slot, key: string): number {
    const { rows } = this.plan;
    let value = this.lastInSection.get(key);
    if (value === undefined) {
      const candidates = this.layout.restartsPerSection
        ? rows.filter((row) => typeof slot.section === 'number' && row.section === slot.section)
        : rows.slice(0, slot.before);
      const numbers = candidates.map((row) => this.unitNumber(row)).filter((n): n is number => n !== null);
      // Slots are filled in document order: every unit inserted so far comes before this one.
      value = (numbers.at(-1) ?? 0) + (this.layout.restartsPerSection ? 0 : this.newUnits.length);
    }
    value += 1;
    this.lastInSection.set(key, value);
    this.newUnits.push({ before: slot.before });
    return value;
  }

  private unitNumber(row: PlanRow): number | null {
    if (this.layout.numberPer === 'task' && row.continuesTask) return null;
    return /^\d+$/.test(row.number) ? Number(row.number) : null;
  }

  /** A row of the plan to copy for activity rows: a task's first row near the slot. */
  private activityTemplate(slot: Slot): GridPosition {
    const { rows } = this.plan;
    const inSection = typeof slot.section === 'number' ? rows.filter((row) => row.section === slot.section) : [];
    const pick = [...inSection].reverse().find((row) => !row.continuesTask) ?? inSection.at(-1) ?? rows.find((row) => !row.continuesTask) ?? rows[0];
    return { table: pick.source.table, row: pick.source.row };
  }

  /** A "Nhiệm vụ N" row modelled on the plan's own. */
  private groupRow(slot: Slot, title: string): NewRow {
    const { plan } = this;
    const sectionTasks = plan.tasks.filter((task) => typeof slot.section === 'number' && task.section === slot.section && task.number !== null);
    const key = `g${typeof slot.section === 'number' ? slot.section : slot.section.create}`;
    const number = (this.lastInSection.get(key) ?? Math.max(0, ...sectionTasks.map((task) => Number(task.number)))) + 1;
    this.lastInSection.set(key, number);
    const template = (plan.tasks.find((task) => task.source)?.source) as GridPosition;
    const cells: Record<number, string> = {};
    this.tables[template.table].rows[template.row].forEach((cell, col) => {
      if (cell.hMerged || cell.vMerged) return;
      const label = /^\s*nhiệm\s*vụ\s*\d+\s*[:.\-–]?\s*/iu.exec(cell.text);
      if (label) cells[col] = cell.text.trim().length > label[0].trim().length ? `Nhiệm vụ ${number}: ${title}` : `Nhiệm vụ ${number}`;
      else if (cell.text.trim() !== '') cells[col] = title;
    });
    return { template, cells, mergeUp: [] };
  }

  finish(): Insertion {
    const edits: Edit[] = [...this.rowsAt.values()].map(({ at, rows }) => ({ kind: 'insert-rows', table: at.table, after: at.row, rows }));
    edits.push(...this.shiftedNumbers(), ...this.renumberedSections());
    return { edits, inserted: this.inserted };
  }

  /** Later numbers moved up by the units inserted before them (numbering across sections). */
  private shiftedNumbers(): Edit[] {
    if (this.layout.restartsPerSection || this.layout.numbering === 'none') return [];
    const { plan, tables } = this;
    const edits: Edit[] = [];
    plan.rows.forEach((row, i) => {
      const value = this.unitNumber(row);
      const shift = this.newUnits.filter((unit) => unit.before <= i).length;
      if (value === null || shift === 0) return;
      const col = this.layout.numbering === 'column' ? plan.columns.number : plan.columns.task;
      if (col === null || this.listNumbered(row.source)) return;
      const text = tables[row.source.table].rows[row.source.row][col].text;
      const renumbered = this.layout.numbering === 'column' ? String(value + shift) : text.replace(TASK_TEXT_NUMBER, (whole) => whole.replace(/\d+/, String(value + shift)));
      if (renumbered !== text) edits.push({ kind: 'set-cell', table: row.source.table, row: row.source.row, col, text: renumbered });
    });
    return edits;
  }

  /** Sections after a created one take the next Roman numeral. */
  private renumberedSections(): Edit[] {
    if (this.createdSections.length === 0) return [];
    const edits: Edit[] = [];
    this.plan.sections.forEach((section, s) => {
      const added = this.createdSections.filter((position) => position <= s).length;
      if (added === 0 || !section.source) return;
      const row = sectionRow(this.tables, section.source, romanNumeral(s + added + 1), null);
      if (!row) return;
      for (const [col, text] of Object.entries(row.row.cells)) {
        edits.push({ kind: 'set-cell', table: section.source.table, row: section.source.row, col: Number(col), text });
      }
    });
    return edits;
  }
}
