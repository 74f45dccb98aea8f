import { communesNamed, planCommune, planYear } from './metadata';

describe('communesNamed', () => {
  it.each([
    ['KHUNG KẾ HOẠCH THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC XÃ QUANG KHẢI NĂM 2023', ['Quang Khải']],
    ['Ban hành Kế hoạch cải cách hành chính xã Đức Mạnh năm 2024', ['Đức Mạnh']],
    ['Ủy ban nhân dân xã Cẩm Giàng ban hành', ['Cẩm Giàng']],
    ['Xây dựng Kế hoạch CCHC nhà nước xa ̃Chi ́Minh năm 2023', ['Chí Minh']],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', []],
    ['Công chức Văn hóa-Xã hội phụ trách', []],
    ['các công chức UBND xã có liên quan', []],
    ['UỶ BAN NHÂN DÂN XÃ THANH XÁ', ['Thanh Xá']],
  ])('%s → %j', (text, names) => {
    expect(communesNamed(text)).toEqual(names);
  });
});

describe('planCommune and planYear', () => {
  it('prefers the text outside the table', () => {
    expect(planCommune('Kế hoạch CCHC xã Quang Khải năm 2023', 'Kế hoạch CCHC xã Chí Minh năm 2022')).toBe('Quang Khải');
    expect(planCommune('', 'UBND xã Anh Sơn')).toBe('Anh Sơn');
    expect(planCommune('', '')).toBeNull();
  });

  it.each([
    ['Ban hành Kế hoạch cải cách hành chính xã Đức Mạnh năm 2024', '', 2024],
    ['Quyết định số 1794/QĐ-UBND ngày 27 tháng 12 năm 2023 của UBND tỉnh về ban hành Kế hoạch cải cách hành chính tỉnh năm 2024', '', 2024],
    ['KẾ HOẠCH\nThực hiện công tác cải cách hành chính năm 2023', '', 2023],
    ['THEO KẾ HOẠCH SỐ 63/KH-UBND NGÀY 30/12/2022', 'Kế hoạch CCHC năm 2023; báo cáo năm 2023', 2023],
    ['', '', null],
  ])('planYear(%j) → %s', (outside, table, year) => {
    expect(planYear(outside, table)).toBe(year);
  });
});
