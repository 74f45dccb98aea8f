import type { Edit, NewRow } from './edits';
import { newPlanRows, type NewPlan } from './new-plan';
import { isEvaluationHeading } from './metadata';
import type { GridCell, SourceDocument, Table } from './types';

/**
 * Applies edits to the grids as read, the way a host writer applies them to the
 * file: the preview shows the result with it, and tests compare writers with it.
 */
export function applyEdits(doc: SourceDocument, edits: readonly Edit[]): SourceDocument {
  const tables: Table[] = doc.tables.map((table) => ({ ...table, rows: table.rows.map((row) => row.map((cell) => ({ ...cell }))) }));
  let text = doc.text;
  for (const edit of edits) {
    if (edit.kind === 'set-cell') {
      widen(tables[edit.table], edit.col + 1);
      setCell(tables[edit.table], edit.row, edit.col, edit.text);
    }
  }
  for (const edit of edits) if (edit.kind === 'delete-rows') deleteRows(tables[edit.table], edit.rows);
  const inserts = edits.filter((edit): edit is Extract<Edit, { kind: 'insert-rows' }> => edit.kind === 'insert-rows');
  for (const edit of [...inserts].sort((a, b) => b.after - a.after)) {
    const table = tables[edit.table];
    const built: GridCell[][] = [];
    edit.rows.forEach((row, k) => built.push(newRow(doc.tables, row, built.at(-1) ?? table.rows[edit.after], `${edit.table}:${edit.after}:${k}`)));
    table.rows.splice(edit.after + 1, 0, ...built);
  }
  const appended: Table[] = [];
  for (const edit of edits) {
    if (edit.kind === 'append-plan') {
      appended.push(planTable(edit.plan, tables.length + appended.length));
      text = [text, ...edit.plan.title].filter((line) => line !== '').join('\n');
    } else if (edit.kind === 'append-table') {
      const index = edit.replaces ?? tables.length + appended.length;
      const rows = [edit.header, ...edit.rows].map((cells, r) => cells.map((cell, c) => ({ text: cell, hMerged: false, vMerged: false, address: `n:${index}:${r}:${c}` })));
      const table = { index, name: `Bảng ${index + 1}`, rows };
      if (edit.replaces !== null && tables[edit.replaces]) tables[edit.replaces] = table;
      else appended.push(table);
      // One heading line: the one written with an earlier evaluation is replaced.
      text = [...text.split('\n').filter((line) => !isEvaluationHeading(line)), edit.heading].join('\n');
    } else if (edit.kind === 'set-summary') {
      text = setSummary(tables, text, edit.replaces, edit.text);
    }
  }
  // Converted to Unicode, the texts read stay as they are (they were read decoded) and the document is no longer in an old encoding.
  const converted = edits.some((edit) => edit.kind === 'convert-encoding');
  return { tables: [...tables, ...appended], text, ...(doc.legacyEncoding && !converted ? { legacyEncoding: doc.legacyEncoding } : {}) };
}

/** The summary over the lines (paragraphs or cells) that stated one, else a new paragraph. */
function setSummary(tables: Table[], text: string, replaces: readonly string[], summary: string): string {
  let written = false;
  for (const table of tables) {
    for (const cell of table.rows.flat()) {
      if (!replaces.includes(cell.text.trim())) continue;
      cell.text = written ? '' : summary;
      written = true;
    }
  }
  const lines = text.split('\n').flatMap((line) => {
    if (!replaces.includes(line.trim())) return [line];
    if (written) return [];
    written = true;
    return [summary];
  });
  return written ? lines.join('\n') : [...lines, summary].join('\n');
}

/** A new plan's table as a grid: sections across it, each task's TT and text merged down over its activities. */
function planTable(plan: NewPlan, index: number): Table {
  const specs = newPlanRows(plan);
  const width = specs[0].cells.length;
  const rows: GridCell[][] = [];
  specs.forEach((spec, r) => {
    const row: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const continues = spec.kind === 'activity' && !spec.firstOfTask && c < 2;
      const across = spec.kind === 'section' && c > 0;
      const origin = continues ? rows[r - 1][c] : across ? row[0] : null;
      row.push(origin ? { ...origin, vMerged: continues, hMerged: across } : { text: spec.cells[c] ?? '', hMerged: false, vMerged: false, address: `n:${index}:${r}:${c}` });
    }
    rows.push(row);
  });
  return { index, name: `Bảng ${index + 1}`, rows };
}

/** Removes rows; a merged cell starting on a removed row starts on the next row it covers. */
function deleteRows(table: Table, rows: readonly number[]): void {
  for (const row of [...new Set(rows)].sort((a, b) => b - a)) {
    const below = table.rows[row + 1];
    table.rows[row]?.forEach((cell, col) => {
      if (!cell.vMerged && below?.[col]?.vMerged && below[col].address === cell.address) below[col].vMerged = false;
    });
    table.rows.splice(row, 1);
  }
}

/** New columns at the right of a table (evaluation columns added to a plan). */
function widen(table: Table, width: number): void {
  table.rows.forEach((cells, r) => {
    for (let c = cells.length; c < width; c++) cells.push({ text: '', hMerged: false, vMerged: false, address: `n:${table.index}:${r}:${c}` });
  });
}

/** Sets a cell's text in every slot it covers (the slots that share its address, right and below). */
function setCell(table: Table, row: number, col: number, text: string): void {
  const address = table.rows[row]?.[col]?.address;
  if (address === undefined) return;
  for (let r = row; table.rows[r]?.[col]?.address === address; r++) {
    for (let c = col; table.rows[r][c]?.address === address; c++) table.rows[r][c].text = text;
  }
}

function newRow(source: readonly Table[], row: NewRow, above: GridCell[] | undefined, id: string): GridCell[] {
  const template = source[row.template.table].rows[row.template.row];
  const out: GridCell[] = [];
  template.forEach((slot, col) => {
    if (row.mergeUp.includes(col) && above?.[col]) {
      out.push({ ...above[col], vMerged: true, hMerged: slot.hMerged });
      return;
    }
    const originCol = slot.hMerged ? out.findLastIndex((cell) => !cell.hMerged) : col;
    const text = slot.hMerged ? (out[originCol]?.text ?? '') : (row.cells[col] ?? '');
    out.push({ text, hMerged: slot.hMerged, vMerged: false, address: `n:${id}:${originCol}` });
  });
  return out;
}
