import fc from 'fast-check';
import type { GridCell, SourceDocument, Table } from '../../src/plan/types';
import { SECTION_TITLES } from '../fixtures/big-plan';
import { CLEAN_HEADER } from '../fixtures/clean-plan';
import { gridOf } from '../fixtures/grid';
import { down, span, type SpecDocument, type SpecRow } from '../fixtures/spec';

const TASKS = ['Tuyên truyền CCHC', 'Rà soát văn bản QPPL', 'Kiểm soát TTHC', 'Thực hiện quy chế làm việc', 'Đánh giá cán bộ, công chức', 'Quản lý tài chính, ngân sách', 'Ứng dụng công nghệ thông tin'];
const ACTIVITIES = ['Xây dựng kế hoạch', 'Tổ chức hội nghị', 'Niêm yết công khai tại trụ sở', 'Báo cáo kết quả thực hiện', 'Kiểm tra, đôn đốc các bộ phận', 'Cập nhật dữ liệu lên phần mềm'];
const PRODUCTS = ['Kế hoạch', 'Báo cáo', 'Biên bản', 'Các tin, bài', 'Quyết định của UBND xã'];
const PEOPLE = ['Văn phòng - Thống kê', 'Tư pháp - Hộ tịch', 'Tài chính - Kế toán', 'Các công chức có liên quan', 'Chủ tịch UBND xã'];
const DEADLINES = ['Tháng 6/2025', 'Quý II/2025', 'Thường xuyên', 'Trong năm 2025', '30/6/2025', 'Tháng 11, 12/2025', 'Quý I và quý III'];

/** Texts a random grid draws from: plan words, section titles, deadlines, numbers, and arbitrary strings with control characters. */
const cellText = fc.oneof(
  fc.constantFrom('', ' ', 'TT', 'STT', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Thời gian hoàn thành', 'Tiến độ', 'Nhiệm vụ 1', 'Tổng số'),
  fc.constantFrom(...SECTION_TITLES, ...TASKS, ...ACTIVITIES, ...DEADLINES, '1', '2', '10', 'I', 'II', 'a)'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Any grid: ragged rows, random merge flags (even where nothing is above or to the left), any text. */
export const arbitrarySource: fc.Arbitrary<SourceDocument> = fc
  .record({
    tables: fc.array(
      fc.array(fc.array(fc.record({ text: cellText, hMerged: fc.boolean(), vMerged: fc.boolean() }), { maxLength: 10 }), { maxLength: 30 }),
      { maxLength: 3 },
    ),
    text: fc.array(fc.oneof(cellText, fc.constant('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH XÃ AN BÌNH NĂM 2025')), { maxLength: 4 }),
  })
  .map(({ tables, text }) => ({
    tables: tables.map((rows, index): Table => ({
      index,
      name: `Bảng ${index + 1}`,
      rows: rows.map((cells, r) => cells.map((cell, c): GridCell => ({ ...cell, address: `g:${index}:${r}:${c}` }))),
    })),
    text: text.join('\n'),
  }));

interface GeneratedTask {
  name: string;
  activities: Array<[string, string, string, string, string]>;
}

const activityRow = fc.tuple(fc.constantFrom(...ACTIVITIES), fc.constantFrom(...PRODUCTS), fc.constantFrom(...PEOPLE), fc.constantFrom(...PEOPLE), fc.constantFrom(...DEADLINES));
const task: fc.Arbitrary<GeneratedTask> = fc.record({ name: fc.constantFrom(...TASKS), activities: fc.array(activityRow, { minLength: 1, maxLength: 3 }) });

/** A well-formed plan of Hòa Bình 2025: some of the seven sections in order, tasks merged over their activities, numbered 1…n; a signature table after it. */
export const arbitraryPlan: fc.Arbitrary<SpecDocument> = fc
  .array(fc.tuple(fc.boolean(), fc.array(task, { minLength: 1, maxLength: 3 })), { minLength: SECTION_TITLES.length, maxLength: SECTION_TITLES.length })
  .filter((sections) => sections.some(([kept]) => kept))
  .map((sections) => {
    const rows: SpecRow[] = [CLEAN_HEADER];
    let number = 0;
    sections.forEach(([kept, tasks], s) => {
      if (!kept) return;
      rows.push([span(SECTION_TITLES[s], 7)]);
      for (const { name, activities } of tasks) {
        number++;
        // Activities are numbered so that each can be found again after the document is rewritten.
        const [first, ...rest] = activities.map(([activity, ...others], i) => [`${activity} (${number}.${i + 1})`, ...others]);
        rows.push([down(String(number), activities.length), down(`${name} (${number})`, activities.length), ...first]);
        rows.push(...rest);
      }
    });
    return {
      name: 'generated',
      blocks: [
        { paragraph: 'ỦY BAN NHÂN DÂN XÃ HÒA BÌNH' },
        { paragraph: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025' },
        { table: { rows, headerRows: 1 } },
        { paragraph: 'Nơi nhận:' },
        { table: { rows: [['- Như trên;', 'TM. ỦY BAN NHÂN DÂN'], ['- Lưu: VT.', 'CHỦ TỊCH']] } },
      ],
    };
  });

const damage = fc.record({
  row: fc.nat(),
  col: fc.nat(),
  kind: fc.constantFrom('text', 'hMerged', 'vMerged', 'drop-cell', 'drop-row', 'repeat-row'),
  text: cellText,
});

/** A well-formed plan as read, then damaged: texts replaced, merge flags flipped, cells and rows dropped or repeated. */
export const arbitraryDamagedPlan: fc.Arbitrary<SourceDocument> = fc.tuple(arbitraryPlan, fc.array(damage, { minLength: 1, maxLength: 8 })).map(([spec, damages]) => {
  const doc = gridOf(spec);
  const rows = doc.tables[0].rows;
  for (const { row, col, kind, text } of damages) {
    const cells = rows[row % rows.length];
    const cell = cells[col % cells.length];
    if (!cell) continue;
    if (kind === 'text') cell.text = text;
    else if (kind === 'hMerged') cell.hMerged = !cell.hMerged;
    else if (kind === 'vMerged') cell.vMerged = !cell.vMerged;
    else if (kind === 'drop-cell') cells.splice(col % cells.length, 1);
    else if (kind === 'drop-row' && rows.length > 1) rows.splice(row % rows.length, 1);
    else if (kind === 'repeat-row') rows.splice(row % rows.length, 0, cells.map((c) => ({ ...c })));
  }
  return doc;
});
