import { parseDeadline } from './deadline';

type Case = [text: string, year: number, kind: string, due: string | null, dues?: string[]];

/** Every deadline wording found in the five seed documents, plus DESIGN §4's examples. */
const CASES: Case[] = [
  // seed 000 (Quang Khải 2023)
  ['Tháng 12/2022', 2023, 'month', '2022-12-31'],
  ['Tháng 02/2023', 2023, 'month', '2023-02-28'],
  ['Tháng 8/2023', 2023, 'month', '2023-08-31'],
  ['Tháng 11/2023\nvà thời gian thích\nhợp', 2023, 'month', '2023-11-30'],
  ['Các báo cáo hoàn thành trước16h ngày 08 của T3, T6, T9, T12 năm 2023.', 2023, 'periodic', '2023-12-08',
    ['2023-03-08', '2023-06-08', '2023-09-08', '2023-12-08']],
  ['Trước 16h ngày\n08 của tháng\n3,6,9,12/2023', 2023, 'periodic', '2023-12-08',
    ['2023-03-08', '2023-06-08', '2023-09-08', '2023-12-08']],
  ['Theo tình hình\nthực tế', 2023, 'conditional', null],
  ['Tháng 1 và tháng\n12/2023', 2023, 'periodic', '2023-12-31', ['2023-01-31', '2023-12-31']],
  ['Tháng 01 và\n12/2023', 2023, 'periodic', '2023-12-31', ['2023-01-31', '2023-12-31']],
  ['Sau cuộc tiếp xúc\n đối thoại', 2023, 'conditional', null],
  ['Sau rà soát hoặc\ntự kiểm tra', 2023, 'conditional', null],
  ['Quý, 6 tháng\nCuối năm và theo\nyêu cầu', 2023, 'periodic', '2023-12-31'],
  ['Theo yêu cầu', 2023, 'conditional', null],
  ['Nếu có', 2023, 'conditional', null],
  ['Tháng 11-\n12/2023', 2023, 'range', '2023-12-31'],
  ['Tháng 01/2023\nvà tháng 11/2023', 2023, 'periodic', '2023-11-30', ['2023-01-31', '2023-11-30']],
  ['Thường kỳ và\ntháng\n 11/2023', 2023, 'month', '2023-11-30'],
  ['Tháng 01 và\ntháng 12/2024', 2023, 'periodic', '2024-12-31', ['2024-01-31', '2024-12-31']],
  ['Các báo cáo, kế hoạch, quyết định và các văn bản có liên quan hoàn thành vào thời điểm quy định', 2023, 'conditional', null],
  // seed 001 (Đức Mạnh 2024, start | end columns)
  ['Tháng 6', 2024, 'month', '2024-06-30'],
  ['Tháng 12', 2024, 'month', '2024-12-31'],
  ['Quý 1, 6\ntháng, 9\ntháng, năm', 2024, 'periodic', '2024-12-31', ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']],
  ['Sau khi\nUBND huyện\ncông bố Chỉ\nsố CCHC năm\n2023 của xã', 2024, 'conditional', null],
  ['Theo quy\nđịnh của\nUBND tỉnh,\nUBND huyện', 2024, 'conditional', null],
  ['Thường xuyên', 2024, 'continuous', null],
  // seed 002 (Cẩm Giàng 2023)
  ['Ban hành Kế hoạch tháng 12/2022; Triển khai thực hiện năm 2023', 2023, 'periodic', '2023-12-31', ['2022-12-31', '2023-12-31']],
  ['Trong năm 2023 - 2024', 2023, 'range', '2024-12-31'],
  ['Ban hành kế hoạch trong tháng 01/2023', 2023, 'month', '2023-01-31'],
  ['UBND xã ban hành báo cáo gửi Phòng Tư pháp trước 20/11/ 2023', 2023, 'date', '2023-11-20'],
  ['Quý I/2023', 2023, 'quarter', '2023-03-31'],
  ['Năm 2023', 2023, 'year', '2023-12-31'],
  ['Quý III/2023', 2023, 'quarter', '2023-09-30'],
  ['Quý I-II/2023', 2023, 'range', '2023-06-30'],
  ['Quý II-IV/2023', 2023, 'range', '2023-12-31'],
  ['Tháng 11- 12/2023', 2023, 'range', '2023-12-31'],
  // seed 003 (Anh Sơn 2025)
  ['Trong năm 2025', 2025, 'year', '2025-12-31'],
  ['- Qúy I năm 2025', 2025, 'quarter', '2025-03-31'],
  ['- Báo cáo quý I:\n15/3/2025\n- Báo cáo quý II:\n15/6/2025\n- Báo cáo quý III:\n15/9/2025\n- Báo cáo năm:\n15/12/2025', 2025,
    'periodic', '2025-12-15', ['2025-03-15', '2025-06-15', '2025-09-15', '2025-12-15']],
  ['Trước ngày 10/1/2025', 2025, 'date', '2025-01-10'],
  ['Thường xuyên ', 2025, 'continuous', null],
  ['Ban hành kế hoạch đúng\nthời gian quy định theo\nKế hoạch của thị xã', 2025, 'conditional', null],
  // DESIGN §4 examples
  ['15/3/2024', 2024, 'date', '2024-03-15'],
  ['trước ngày 15/3', 2024, 'date', '2024-03-15'],
  ['T6/2024', 2024, 'month', '2024-06-30'],
  ['Quý II', 2024, 'quarter', '2024-06-30'],
  ['Năm 2024', 2024, 'year', '2024-12-31'],
  ['Cả năm', 2024, 'year', '2024-12-31'],
  ['Từ tháng 1 đến tháng 6', 2024, 'range', '2024-06-30'],
  ['Tháng 1-6/2024', 2024, 'range', '2024-06-30'],
  ['Trước ngày 08 của tháng 3,6,9,12', 2024, 'periodic', '2024-12-08'],
  ['Quý I, 6 tháng, quý III, năm', 2024, 'periodic', '2024-12-31', ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']],
  ['Hằng quý', 2024, 'periodic', '2024-12-31', ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']],
  ['Khi có văn bản chỉ đạo', 2024, 'conditional', null],
  ['Sau khi có kết quả', 2024, 'conditional', null],
  ['', 2024, 'empty', null],
  ['xyz', 2024, 'unparsed', null],
  ['31/2/2024', 2024, 'unparsed', null],
  ['Tháng 13', 2024, 'unparsed', null],
];

/** Wordings clerks write that a regular-expression-per-kind parser got wrong (issue: deadlines as clerks write them). */
const CLERK_CASES: Case[] = [
  // Dashes as Word's AutoCorrect writes them
  ['Quý II – IV/2023', 2023, 'range', '2023-12-31'],
  ['Năm 2026 – 2027', 2026, 'range', '2027-12-31'],
  ['Tháng 11 – 12/2023', 2023, 'range', '2023-12-31'],
  ['Tháng 1—6/2024', 2024, 'range', '2024-06-30'],
  ['Tháng 1–6/2024', 2024, 'range', '2024-06-30'],
  // Spellings and abbreviations
  ['Quí II', 2027, 'quarter', '2027-06-30'],
  ['Hằng quí', 2027, 'periodic', '2027-12-31', ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']],
  ['Q3', 2027, 'quarter', '2027-09-30'],
  ['Q1/2027', 2027, 'quarter', '2027-03-31'],
  ['QI/2027', 2027, 'quarter', '2027-03-31'],
  ['Q.IV/2027', 2027, 'quarter', '2027-12-31'],
  ['Th12/2027', 2027, 'month', '2027-12-31'],
  ['31-12-2027', 2027, 'date', '2027-12-31'],
  ['trước 20-11-2027', 2027, 'date', '2027-11-20'],
  ['15.12.2027', 2027, 'date', '2027-12-15'],
  ['2024', 2024, 'year', '2024-12-31'],
  ['QUÝ  III', 2027, 'quarter', '2027-09-30'],
  ['quy ii nam 2027', 2027, 'quarter', '2027-06-30'],
  // Repeated dates
  ['Trước ngày 15/12 hằng năm', 2027, 'date', '2027-12-15'],
  ['Tháng 1 hằng năm', 2027, 'month', '2027-01-31'],
  ['Quý I hằng năm', 2027, 'quarter', '2027-03-31'],
  ['Hằng năm', 2027, 'year', '2027-12-31'],
  ['trước ngày 25 hằng tháng', 2027, 'periodic', '2027-12-25'],
  ['Ngày 20 hàng tháng', 2027, 'periodic', '2027-12-20'],
  ['Định kỳ hàng tháng (trước ngày 20)', 2027, 'periodic', '2027-12-20'],
  ['Trước ngày 10 của tháng cuối quý', 2027, 'periodic', '2027-12-10', ['2027-03-10', '2027-06-10', '2027-09-10', '2027-12-10']],
  ['Hằng quý (trước ngày 15 tháng cuối quý)', 2027, 'periodic', '2027-12-15', ['2027-03-15', '2027-06-15', '2027-09-15', '2027-12-15']],
  ['Định kỳ 6 tháng', 2027, 'periodic', '2027-12-31', ['2027-06-30', '2027-12-31']],
  ['6 tháng/lần', 2027, 'periodic', '2027-12-31', ['2027-06-30', '2027-12-31']],
  ['Quý I, II, III, IV', 2027, 'periodic', '2027-12-31', ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']],
  ['Quý III, IV', 2027, 'periodic', '2027-12-31', ['2027-09-30', '2027-12-31']],
  ['Hàng tháng', 2027, 'periodic', '2027-12-31'],
  // Relative years
  ['Trước ngày 20/01 năm sau', 2027, 'date', '2028-01-20'],
  ['Tháng 12 năm trước', 2027, 'month', '2026-12-31'],
  ['Tháng 12/2026 (ban hành KH năm 2027)', 2027, 'month', '2026-12-31'],
  // Ranges
  ['01/01/2027 - 31/12/2027', 2027, 'range', '2027-12-31'],
  ['Tháng 12/2026 – tháng 01/2027', 2027, 'range', '2027-01-31'],
  ['Quý IV/2026 - Quý I/2027', 2027, 'range', '2027-03-31'],
  ['Tháng 6/2027 - 12/2027', 2027, 'range', '2027-12-31'],
  ['6 tháng cuối năm', 2027, 'range', '2027-12-31'],
  ['6 tháng đầu năm', 2027, 'range', '2027-06-30'],
  ['Giai đoạn 2026 - 2030', 2027, 'range', '2030-12-31'],
  ['Từ 15/3 đến 30/6/2027', 2027, 'range', '2027-06-30'],
  // Beginning and end
  ['Đầu năm', 2027, 'quarter', '2027-03-31'],
  ['Cuối năm', 2027, 'year', '2027-12-31'],
  ['Cuối quý II', 2027, 'quarter', '2027-06-30'],
  ['Đầu quý III', 2027, 'month', '2027-07-31'],
  ['Cuối tháng 6', 2027, 'month', '2027-06-30'],
  // Conditional phrases anywhere
  ['Thực hiện theo hướng dẫn của tỉnh', 2023, 'conditional', null],
  ['Theo lộ trình của tỉnh', 2027, 'conditional', null],
  ['Theo thông báo của tỉnh', 2027, 'conditional', null],
  ['Theo văn bản hướng dẫn của Sở Nội vụ', 2027, 'conditional', null],
  ['Trong vòng 05 ngày làm việc kể từ khi nhận được văn bản', 2027, 'conditional', null],
  ['Chậm nhất 15 ngày kể từ ngày UBND tỉnh ban hành', 2027, 'conditional', null],
  ['Thuc hien theo huong dan cua tinh', 2027, 'conditional', null],
];

describe('parseDeadline on wordings clerks write', () => {
  it.each(CLERK_CASES.map(([text, year, kind, due, dues]) => [text, year, kind, due, dues ?? null] as const))('%j (plan %i) → %s %s', (text, year, kind, due, dues) => {
    const parsed = parseDeadline(text, year);
    expect([parsed.kind, parsed.due]).toEqual([kind, due]);
    if (dues) expect(parsed.dues).toEqual(dues);
  });

  it.each([
    ['6 tháng đầu năm', 2027, '2027-01-01'],
    ['6 tháng cuối năm', 2027, '2027-07-01'],
    ['Tháng 12/2026 – tháng 01/2027', 2027, '2026-12-01'],
    ['Giai đoạn 2026 - 2030', 2027, '2026-01-01'],
    ['trước ngày 25 hằng tháng', 2027, '2027-01-25'],
  ])('%j starts on %s', (text, year, start) => {
    expect(parseDeadline(text, year).start).toBe(start);
  });

  it('reads the same without diacritics, in capitals and with extra spaces', () => {
    for (const [text, year, kind, due] of CLERK_CASES) {
      const bare = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
      for (const variant of [bare, text.toUpperCase(), `  ${text.replace(/ /g, '  ')} `]) {
        const parsed = parseDeadline(variant, year);
        expect([variant, parsed.kind, parsed.due]).toEqual([variant, kind, due]);
      }
    }
  });
});

describe('parseDeadline', () => {
  const rows = CASES.map(([text, year, kind, due, dues]) => [text, year, kind, due, dues ?? null] as const);
  it.each(rows)('%j (plan %i) → %s %s', (text, year, kind, due, dues) => {
    const parsed = parseDeadline(text, year);
    expect(parsed.kind).toBe(kind);
    expect(parsed.due).toBe(due);
    if (dues) expect(parsed.dues).toEqual(dues);
  });

  it('gives a range its first day as start', () => {
    expect(parseDeadline('Từ tháng 3 đến tháng 6', 2024).start).toBe('2024-03-01');
    expect(parseDeadline('Quý II-IV/2023', 2023).start).toBe('2023-04-01');
  });

  it('uses the plan year when the text names none', () => {
    expect(parseDeadline('Tháng 6', 2030).due).toBe('2030-06-30');
  });
});
