import { readDocx } from '../../src/hosts/ooxml/read-docx';
import { recognise } from '../../src/plan/recognise';
import { buildDocx } from '../fixtures/build';
import { SEED_000_BODY, SEED_000_EXPECTED, SEED_000_HEADER, SEED_000_TITLE } from '../fixtures/seed000';
import type { SpecBlock, SpecRow } from '../fixtures/spec';

const LETTERHEAD: SpecBlock = { table: { rows: [['ỦY BAN NHÂN DÂN\nXÃ QUANG KHẢI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']] } };
const SIGNATURE: SpecBlock = { table: { rows: [['Nơi nhận:\n- UBND huyện;\n- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH']] } };

function nfd(rows: SpecRow[]): SpecRow[] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.normalize('NFD') : { ...cell, text: cell.text.normalize('NFD') })));
}

/** Seed 000 with its merged task cell written out again in the second row, as many clerks do. */
function repeatedTaskCells(rows: SpecRow[]): SpecRow[] {
  const out: SpecRow[] = [];
  let repeat: string | null = null;
  for (const row of rows) {
    if (repeat !== null) {
      out.push([repeat, ...row]);
      repeat = null;
      continue;
    }
    out.push(row.map((cell) => (typeof cell !== 'string' && (cell.rowSpan ?? 1) > 1 ? ((repeat = cell.text), cell.text) : cell)));
  }
  return out;
}

async function plan(blocks: SpecBlock[]) {
  return recognise(await readDocx(await buildDocx({ name: 'variant', blocks })));
}

const title = SEED_000_TITLE.map((paragraph) => ({ paragraph }));

describe('recognising seed 000 variants', () => {
  it.each([
    ['letterhead and signature tables around the plan', [LETTERHEAD, ...title, { table: { rows: [SEED_000_HEADER, ...SEED_000_BODY] } }, SIGNATURE], [1]],
    ['NFD text everywhere', [...title.map((p) => ({ paragraph: p.paragraph.normalize('NFD') })), { table: { rows: nfd([SEED_000_HEADER, ...SEED_000_BODY]) } }], [0]],
    ['task cells repeated instead of merged', [...title, { table: { rows: [SEED_000_HEADER, ...repeatedTaskCells(SEED_000_BODY)] } }], [0]],
    [
      'the plan split in two tables, the header repeated',
      [...title, { table: { rows: [SEED_000_HEADER, ...SEED_000_BODY.slice(0, 12)] } }, { table: { rows: [SEED_000_HEADER, ...SEED_000_BODY.slice(12)] } }],
      [0, 1],
    ],
  ] as Array<[string, SpecBlock[], number[]]>)('%s', async (_name, blocks, tables) => {
    const found = await plan(blocks);
    expect(found).not.toBeNull();
    expect(found?.tables).toEqual(tables);
    expect(found?.commune).toBe(SEED_000_EXPECTED.commune);
    expect(found?.year).toBe(SEED_000_EXPECTED.year);
    expect(found?.tasks).toHaveLength(SEED_000_EXPECTED.tasks);
    expect(found?.rows).toHaveLength(SEED_000_EXPECTED.activities);
    expect(found?.sections.map((s) => s.areas)).toEqual(SEED_000_EXPECTED.sections.map((s) => s.areas));
  });

  it('finds no plan in a letter without a plan table', async () => {
    expect(await plan([LETTERHEAD, { paragraph: 'Kính gửi: UBND huyện' }, SIGNATURE])).toBeNull();
  });
});

describe('a plan followed by the evaluation table the clerk typed (seed 004 layout)', () => {
  const EVALUATION_HEADER: SpecRow = ['TT', 'Nội dung thực hiện', 'Hoạt động', 'Tiến độ\n(hoàn thành/đang triển khai)', 'Sản phẩm/sản phẩm dự kiến', 'Giải trình\n(đối với trường hợp chậm, muộn)', 'Ghi chú'];
  const STATUSES = ['Hoàn thành', 'Đã và đang thực hiện', 'Chưa hoàn thành', 'Hoàn thành báo cáo quý 1, 6 tháng'];

  it('reads the plan with its own columns and findings, and takes the statuses from the evaluation matched by activity', async () => {
    const alone = await plan([...title, { table: { rows: [SEED_000_HEADER, ...SEED_000_BODY] } }]);
    expect(alone).not.toBeNull();
    const activities = alone!.rows.map((row) => row.activity);
    // The clerk numbers activities as seed 004 does ("3. Hoạt động 3\n…") and leaves out the second.
    const evaluationRows: SpecRow[] = activities
      .map((activity, i): SpecRow => [String(i + 1), '', `${i + 1}. Hoạt động ${i + 1}\n${activity}`, STATUSES[i % STATUSES.length], '', i % 4 === 2 ? 'Chưa bố trí được kinh phí' : '', ''])
      .filter((_row, i) => i !== 1);
    const found = await plan([
      ...title,
      { table: { rows: [SEED_000_HEADER, ...SEED_000_BODY] } },
      { paragraph: 'PHỤ LỤC: ĐÁNH GIÁ TIẾN ĐỘ' },
      { table: { rows: [EVALUATION_HEADER, ...evaluationRows] } },
      { paragraph: 'Thực hiện hoàn thành 5/25 hoạt động, đạt 20% kế hoạch' },
    ]);
    expect(found?.tables).toEqual([0]);
    expect(found?.columns).toEqual(alone?.columns);
    expect(found?.commune).toBe(SEED_000_EXPECTED.commune);
    expect(found?.evaluation?.table).toBe(1);
    expect(found?.rows.map((row) => row.status)).toEqual(activities.map((_a, i) => (i === 1 ? '' : STATUSES[i % STATUSES.length])));
    expect(found?.rows[2].explanation).toBe('Chưa bố trí được kinh phí');
    // A status cell points at the evaluation, so that the clerk is taken there.
    expect(found?.rows[0].source.cells.status).toMatch(/^w:1:/);
    expect(found?.rows[0].source.cells.lead).toMatch(/^w:0:/);
    expect(found?.statedSummary?.done).toBe(5);
  });
});
