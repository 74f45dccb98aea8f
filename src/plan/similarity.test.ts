import { keywords, SAME_TASK, similarity } from './similarity';

const alike = (a: string, b: string): number => similarity(keywords(a), keywords(b));

describe('similarity of task texts', () => {
  it.each([
    ['Xây dựng Kế hoạch CCHC năm {year}', 'Xây dựng Kế hoạch cải cách hành chính nhà nước xã Chí Minh năm 2023', true],
    ['Ban hành Kế hoạch tuyên truyền CCHC năm {year}', 'Xây dựng kế hoạch tuyên truyền CCHC xã Chí Minh năm 2022', true],
    ['Ban hành Kế hoạch kiểm soát TTHC năm {year}', 'Xây dựng KH kiểm soát thủ tục hành chính năm 2023', true],
    ['Ban hành Kế hoạch kiểm soát TTHC năm {year}', 'Xây dựng kế hoạch kiểm soát thủ tục hành chính năm 2023', true],
    ['Xây dựng Kế hoạch CCHC năm {year}', 'Quy chế chi tiêu nội bộ của xã', false],
    ['Tổ chức họp dân về CCHC', 'Tuyên truyền CCHC trên hệ thống truyền thanh của xã', false],
    ['Ban hành Kế hoạch kiểm soát TTHC năm {year}', 'Ban hành Kế hoạch tuyên truyền CCHC năm 2023', false],
    ['Đánh giá, xếp loại chất lượng cán bộ, công chức', 'Báo cáo tình hình thực hiện và giải ngân kế hoạch đầu tư vốn', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(alike(a, b) >= SAME_TASK).toBe(same);
  });

  it('is 0 for empty texts', () => {
    expect(alike('', 'Kế hoạch')).toBe(0);
  });
});
