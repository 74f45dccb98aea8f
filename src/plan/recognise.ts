import { areasOfTitle } from './areas';
import { parseDeadline } from './deadline';
import { findHeader, sameHeader, type HeaderBlock } from './header-block';
import { isNumberingRow, namesRoles } from './headers';
import { matchEvaluation, type EvaluationRow } from './evaluation';
import { isProductLine, planUnit, planYear } from './metadata';
import { classifyRow } from './rows';
import { readStatedSummary } from './summary';
import { collapse, isBlank } from './text';
import type { ColumnMap, GridCell, Plan, PlanRow, PlanSection, PlanTask, Role, SourceDocument, Table } from './types';

interface PlanTables {
  header: HeaderBlock;
  /** The evaluation table written beside the plan, with its own header. */
  evaluation: { table: Table; header: HeaderBlock } | null;
  /** Each table of the plan with its header's first row and the first body row in it. */
  parts: Array<{ table: Table; headerStart: number; firstBodyRow: number }>;
}

export interface RecogniseOptions {
  /** The clerk's corrections of the column found for a role (grid column, or null for none). */
  columns?: Partial<ColumnMap>;
}

/** Recognises the plan in a document (DESIGN §3), or null when no table looks like one. */
export function recognise(doc: SourceDocument, options: RecogniseOptions = {}): Plan | null {
  const found = findPlanTables(doc.tables);
  if (!found) return null;
  const { header, parts, evaluation } = found;
  const columns: ColumnMap = { ...header.columns, ...options.columns };
  const builder = builtPlan(parts, header, columns);
  // Paragraphs and cells are kept apart: the unit and year are read inside one of them.
  const outside: string[] = [doc.text];
  for (const { table, headerStart } of parts) outside.push(...table.rows.slice(0, headerStart).flatMap(cellTexts));
  const planTableIndexes = new Set(parts.map((p) => p.table.index));
  for (const table of doc.tables) {
    if (planTableIndexes.has(table.index)) continue;
    const rows = table === evaluation?.table ? table.rows.slice(0, evaluation.header.start) : table.rows;
    outside.push(...rows.flatMap(cellTexts));
  }
  const year = planYear(outside, builder.cellTexts);
  // The builder's rows stay as built (another reading of the same tables takes them): the plan's are copies.
  const rows = builder.rows.map((row) => ({ ...row, deadlineInfo: parseDeadline(row.deadline, year), source: { ...row.source, cells: { ...row.source.cells } } }));
  const unit = planUnit(outside, builder.cellTexts);
  const evaluated = evaluation ? readEvaluation(evaluation.table, evaluation.header, rows) : null;
  const notes = [...builder.notes, ...(evaluated?.notes ?? [])];
  return {
    unit: unit?.unit ?? null,
    commune: unit?.name ?? null,
    year,
    tables: parts.map((p) => p.table.index),
    columns,
    headerLabels: header.labels,
    header: { table: parts[0].table.index, start: header.start, end: header.end },
    headerRows: [...parts.filter((p) => p.firstBodyRow > p.headerStart).map((p) => ({ table: p.table.index, row: p.headerStart })), ...builder.repeatedHeaders],
    sections: builder.sections.map((section) => ({ ...section })),
    tasks: builder.tasks.map((task) => ({ ...task })),
    rows,
    statedSummary: readStatedSummary([...outside, ...notes].join('\n')),
    evaluation: evaluated && evaluation ? { table: evaluation.table.index, rows: evaluated.rows } : null,
    ...(doc.legacyEncoding ? { legacyEncoding: doc.legacyEncoding } : {}),
  };
}

/** What the builder made of a plan's tables, kept per first table (let go with it), with what it was built from. */
const BUILT = new WeakMap<Table, { parts: PlanTables['parts']; score: number; columns: ColumnMap; builder: PlanBuilder }>();

/**
 * The plan tables' body rows walked by the builder, or as walked before for the same tables, header
 * and columns: a command that reads back the file it wrote has the plan table it read (the same
 * object, nothing changes a table once read) with an evaluation table after it, and 20,000 rows
 * are not walked again.
 */
function builtPlan(parts: PlanTables['parts'], header: HeaderBlock, columns: ColumnMap): PlanBuilder {
  const built = BUILT.get(parts[0].table);
  if (built && built.score === header.score && sameColumns(built.columns, columns) && sameParts(built.parts, parts)) return built.builder;
  const builder = new PlanBuilder(columns);
  for (const { table, firstBodyRow } of parts) for (let r = firstBodyRow; r < table.rows.length; r++) builder.addRow(table, r, header);
  BUILT.set(parts[0].table, { parts, score: header.score, columns, builder });
  return builder;
}

function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  return (Object.keys(a) as Role[]).every((role) => a[role] === b[role]) && Object.keys(a).length === Object.keys(b).length;
}

function sameParts(a: PlanTables['parts'], b: PlanTables['parts']): boolean {
  return a.length === b.length && a.every((part, i) => part.table === b[i].table && part.headerStart === b[i].headerStart && part.firstBodyRow === b[i].firstBodyRow);
}

/**
 * Statuses and explanations of the plan rows taken from the evaluation table, set on the rows
 * given (the plan's own copies); each assessed row's status and explanation cells point at the
 * evaluation's cells.
 */
function readEvaluation(table: Table, header: HeaderBlock, planRows: PlanRow[]): { rows: Array<number | null>; notes: string[] } {
  const builder = new PlanBuilder(header.columns);
  for (let r = header.end; r < table.rows.length; r++) builder.addRow(table, r, header);
  const assessed: EvaluationRow[] = builder.rows.map((row) => ({
    activity: row.activity || row.taskText,
    status: row.status,
    explanation: row.explanation,
    cells: { status: row.source.cells.status, explanation: row.source.cells.explanation },
  }));
  const matched = matchEvaluation(planRows, assessed);
  planRows.forEach((row, i) => {
    const index = matched[i];
    if (index === null) return;
    const { status, explanation, cells } = assessed[index];
    Object.assign(row, { status, explanation });
    Object.assign(row.source.cells, cells);
  });
  return { rows: matched.map((index) => (index === null ? null : builder.rows[index].source.row)), notes: builder.notes };
}

/** A table that lists activities with a Tiến độ column but names no lead or deadline: an evaluation, not a plan. */
function isEvaluationHeader(header: HeaderBlock): boolean {
  return header.columns.status !== null && header.columns.lead === null && header.columns.deadline === null;
}

/**
 * The plan table (its header maps most roles) and the tables that continue it; a
 * document holding the plan and its evaluation table gives both.
 */
function findPlanTables(tables: readonly Table[]): PlanTables | null {
  const candidates: Array<{ table: Table; header: HeaderBlock; position: number }> = [];
  tables.forEach((table, position) => {
    const header = findHeader(table);
    if (header && (header.columns.task !== null || header.columns.activity !== null)) candidates.push({ table, header, position });
  });
  const plans = candidates.filter((c) => !isEvaluationHeader(c.header));
  const evaluations = candidates.filter((c) => isEvaluationHeader(c.header));
  // A progress table (with a Tiến độ column) is what a report is about, even beside the plan itself.
  const rank = (h: HeaderBlock) => (h.columns.status !== null ? 100 : 0) + h.score;
  const best = (list: typeof candidates) => list.reduce<(typeof candidates)[number] | null>((top, c) => (!top || rank(c.header) > rank(top.header) ? c : top), null);
  const chosen = best(plans) ?? best(evaluations);
  if (!chosen) return null;
  const { table, header, position } = chosen;
  const parts = [{ table, headerStart: header.start, firstBodyRow: header.end }];
  const width = table.rows[0]?.length ?? 0;
  for (const next of tables.slice(position + 1)) {
    const nextHeader = findHeader(next);
    if (nextHeader && sameHeader(header, nextHeader)) {
      parts.push({ table: next, headerStart: nextHeader.start, firstBodyRow: nextHeader.end });
    } else if (!nextHeader && next.rows[0]?.length === width) {
      parts.push({ table: next, headerStart: 0, firstBodyRow: 0 });
    } else break;
  }
  const evaluation = plans.includes(chosen) ? (evaluations.find((c) => c.position > position) ?? evaluations[0] ?? null) : null;
  return { header, parts, evaluation: evaluation && { table: evaluation.table, header: evaluation.header } };
}

/** The one text a row's filled cells all hold (trimmed), or null when they hold none or several. */
function soleText(cells: readonly GridCell[]): string | null {
  let sole: string | null = null;
  for (const cell of cells) {
    const text = cell.text.trim();
    if (text === '' || text === sole) continue;
    if (sole !== null) return null;
    sole = text;
  }
  return sole;
}

/** The texts of a row's cells, each once (merged slots repeat their origin's text). */
function cellTexts(cells: readonly GridCell[]): string[] {
  return cells.filter((cell) => !cell.hMerged && !cell.vMerged).map((cell) => cell.text);
}


/** The roles whose raw cell texts the plan keeps ({@link PlanBuilder.cellTexts}). */
const RAW_TEXT_ROLES = ['task', 'activity', 'product'] as const;

/** Walks the body rows in order, keeping the current section and task. */
class PlanBuilder {
  readonly sections: PlanSection[] = [];
  readonly tasks: PlanTask[] = [];
  readonly rows: PlanRow[] = [];
  /** Lines written across the table (summary sentences, remarks). */
  readonly notes: string[] = [];
  /** Header rows repeated inside the body. */
  readonly repeatedHeaders: Array<{ table: number; row: number }> = [];
  /** Raw texts of the task, activity and product cells, paragraphs kept apart. */
  readonly cellTexts: string[] = [];
  private currentTask: number | null = null;
  /** Set by a "Nhiệm vụ N" row: activities below belong to it until the next one. */
  private groupTask: number | null = null;

  private readonly contentColumns: number[];
  /** The roles the header found a column for, in the column map's order (each row's cell addresses follow it). */
  private readonly mappedColumns: ReadonlyArray<readonly [Role, number]>;

  constructor(private readonly columns: ColumnMap) {
    this.contentColumns = [columns.task, columns.activity].filter((col): col is number => col !== null);
    this.mappedColumns = (Object.entries(columns) as Array<[Role, number | null]>).filter((entry): entry is [Role, number] => entry[1] !== null);
  }

  addRow(table: Table, r: number, header: HeaderBlock): void {
    const cells = table.rows[r];
    if (cells.every((cell) => isBlank(cell.text) || cell.vMerged) || isNumberingRow(cells)) return;
    if (namesRoles(cells, Math.max(3, header.score - 1))) {
      // The header repeated mid-table (a split plan stacked on one sheet): an added column gets its heading there too.
      this.repeatedHeaders.push({ table: table.index, row: r });
      return;
    }
    // The summary sentence written in one unmerged cell (Excel without ExcelApi 1.2 cannot merge) is a line, not an activity.
    const sole = soleText(cells);
    if (sole !== null && isProductLine(sole)) {
      this.notes.push(sole);
      return;
    }
    const kind = classifyRow(cells, this.contentColumns);
    if (kind.kind === 'section') {
      this.sections.push({ title: kind.title, areas: areasOfTitle(kind.title), source: { table: table.index, row: r } });
      this.currentTask = null;
      this.groupTask = null;
    } else if (kind.kind === 'group') {
      this.groupTask = this.addTask(kind.title, kind.number, { table: table.index, row: r });
      this.currentTask = this.groupTask;
    } else if (kind.kind === 'text') {
      this.notes.push(kind.text);
    } else {
      this.addActivity(table, r);
    }
  }

  private addActivity(table: Table, r: number): void {
    const cells = table.rows[r];
    const value = (role: Role): string => {
      const col = this.columns[role];
      return col === null ? '' : collapse(cells[col]?.text ?? '');
    };
    // Indexed loops: this runs for every activity of the plan, mostly before V8 optimises it, and a
    // for…of there makes an iterator and a result object for each step.
    const addresses: Partial<Record<Role, string>> = {};
    for (let i = 0; i < this.mappedColumns.length; i++) {
      const mapped = this.mappedColumns[i];
      const cell = cells[mapped[1]];
      if (cell) addresses[mapped[0]] = cell.address;
    }
    for (let i = 0; i < RAW_TEXT_ROLES.length; i++) {
      const col = this.columns[RAW_TEXT_ROLES[i]];
      if (col !== null && cells[col] && !cells[col].vMerged) this.cellTexts.push(cells[col].text);
    }
    const { task, continues } = this.taskOf(cells, value('task'));
    const ownTaskText = continues ? '' : this.tasks[task].text;
    this.rows.push({
      section: this.sections.length > 0 ? this.sections.length - 1 : null,
      task,
      // "1." as Word's list numbering shows it is TT 1.
      number: value('number').replace(/^(\d+(?:\.\d+)*)[.)]$/, '$1') || leadingNumber(ownTaskText),
      taskText: this.tasks[task].text,
      activity: value('activity'),
      product: value('product'),
      lead: value('lead'),
      coordinator: value('coordinator'),
      deadline: value('deadline'),
      start: value('start'),
      status: value('status'),
      explanation: value('explanation'),
      note: value('note'),
      deadlineInfo: { kind: 'empty', due: null, dues: [], start: null },
      source: { table: table.index, row: r, cells: addresses },
      continuesTask: continues,
    });
  }

  /**
   * The task a row belongs to: its own task cell when filled; the task above when
   * the cell is empty, merged from above, or continues a sentence cut by a page
   * break (starts in lower case); the "Nhiệm vụ N" group when there is no task column.
   */
  private taskOf(cells: readonly GridCell[], taskText: string): { task: number; continues: boolean } {
    const col = this.columns.task;
    const cell = col === null ? undefined : cells[col];
    const hasOwnTask = cell !== undefined && !cell.vMerged && taskText !== '';
    if (hasOwnTask && this.currentTask !== null && /^\p{Ll}/u.test(taskText) && col !== this.columns.activity) {
      this.tasks[this.currentTask].text += ` ${taskText}`;
      return { task: this.currentTask, continues: true };
    }
    if (hasOwnTask && this.currentTask !== null && this.tasks[this.currentTask].text === taskText) {
      return { task: this.currentTask, continues: true }; // the task repeated instead of merged
    }
    if (hasOwnTask) {
      this.currentTask = this.addTask(taskText, null);
      return { task: this.currentTask, continues: false };
    }
    if (col === null && this.groupTask === null) {
      return { task: this.addTask(collapse(cells[this.columns.activity ?? 0]?.text ?? ''), null), continues: false };
    }
    const task = this.currentTask ?? this.groupTask ?? this.addTask('', null);
    this.currentTask = task;
    return { task, continues: true };
  }

  private addTask(text: string, number: string | null, source: PlanTask['source'] = null): number {
    this.tasks.push({ text, section: this.sections.length > 0 ? this.sections.length - 1 : null, number, source });
    return this.tasks.length - 1;
  }
}

/** "1. Ban hành …" → "1"; "12, Tiếp nhận …" → "12". */
function leadingNumber(text: string): string {
  return /^(\d+(?:\.\d+)*)\s*[.,)]/.exec(text)?.[1] ?? '';
}
