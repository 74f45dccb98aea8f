import { headerScore, namesRoles } from './headers';
import type { GridCell } from './types';

const cell = (text: string, merged: Partial<Pick<GridCell, 'hMerged' | 'vMerged'>> = {}): GridCell => ({ text, hMerged: false, vMerged: false, address: '', ...merged });
const row = (...texts: string[]): GridCell[] => texts.map((text) => cell(text));

const HEADER = row('TT', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành');
const ACTIVITY = row('1', 'Nhiệm vụ cải cách số 1', 'Triển khai hoạt động số 1', 'Sản phẩm 1', 'Công chức Văn phòng - Thống kê', 'Các công chức có liên quan', 'Quý II/2025');

describe('header roles of a row', () => {
  it.each([
    ['the header', HEADER, 7],
    ['an activity whose task, activity and product read like labels', ACTIVITY, 3],
    ['a header with its last labels merged', [...HEADER.slice(0, 5), cell('Phối hợp', { hMerged: true }), cell('Thời gian', { vMerged: true })], 5],
    ['an empty row', row('', '', ''), 0],
  ])('%s: headerScore and namesRoles agree at every threshold', (_name, cells, score) => {
    expect(headerScore(cells)).toBe(score);
    for (let needed = 0; needed <= cells.length + 1; needed++) expect(namesRoles(cells, needed)).toBe(score >= needed);
  });
});
