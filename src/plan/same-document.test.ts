import { sameDocument } from './same-document';
import type { SourceDocument } from './types';

const doc = (text: string, cell = 'Tuyên truyền'): SourceDocument => ({
  text,
  tables: [{ index: 0, name: 'Bảng 1', rows: [[{ text: cell, hMerged: false, vMerged: false, address: 'w:0:0:0' }]] }],
});

describe('sameDocument', () => {
  it.each([
    ['the same reading', doc('KẾ HOẠCH'), doc('KẾ HOẠCH'), true],
    ['a paragraph typed', doc('KẾ HOẠCH'), doc('KẾ HOẠCH\nMới'), false],
    ['a cell typed', doc('KẾ HOẠCH'), doc('KẾ HOẠCH', 'Tuyên truyền CCHC'), false],
    ['a table added', doc('x'), { ...doc('x'), tables: [...doc('x').tables, ...doc('x').tables] }, false],
  ])('%s → %s', (_name, a, b, same) => {
    expect(sameDocument(a, b)).toBe(same);
  });
});
