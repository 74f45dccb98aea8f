import { isProductLine, planUnit, planYear, unitMentions, unitsNamed } from './metadata';

describe('unitsNamed', () => {
  it.each([
    ['KHUNG KẾ HOẠCH THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC XÃ QUANG KHẢI NĂM 2023', ['xã Quang Khải']],
    ['Ban hành Kế hoạch cải cách hành chính xã Đức Mạnh năm 2024', ['xã Đức Mạnh']],
    ['Ủy ban nhân dân xã Cẩm Giàng ban hành', ['xã Cẩm Giàng']],
    ['Xây dựng Kế hoạch CCHC nhà nước xa ̃Chi ́Minh năm 2023', ['xã Chí Minh']],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', []],
    ['Công chức Văn hóa-Xã hội phụ trách', []],
    ['các công chức UBND xã có liên quan', []],
    ['UỶ BAN NHÂN DÂN XÃ THANH XÁ', ['xã Thanh Xá']],
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH PHƯỜNG HÒA AN NĂM 2027', ['phường Hòa An']],
    ['UBND đặc khu Côn Đảo', ['đặc khu Côn Đảo']],
    ['Ủy ban nhân dân thị trấn Nam Sách', ['thị trấn Nam Sách']],
    // Common words after "xã", a thị xã, a council term: no unit.
    ['UBND xã Văn phòng HĐND và UBND', []],
    ['Đài truyền thanh xã Thường xuyên cập nhật', []],
    ['UBND xã Hồ sơ được số hóa', []],
    ['UBND thị xã Nghi Sơn', []],
    ['UBND Thị xã Nghi Sơn', []],
    ['THỊ XÃ NGHI SƠN', []],
    ['Đôthị xã Hòa Bình', ['xã Hòa Bình']],
    ['HĐND xã Khóa XXII', []],
    // Old units of a merged commune are marked as such.
    ['Trụ sở xã Hòa Bình (cũ)', ['xã Hòa Bình (cũ)']],
    ['địa bàn xã Tân Tiến trước sắp xếp', ['xã Tân Tiến (cũ)']],
    // Two units in one line; paragraphs never joined.
    ['xã Quang Khải và xã Chí Minh', ['xã Quang Khải', 'xã Chí Minh']],
    ['Kế hoạch của xã\nVăn phòng HĐND', []],
    ['…truyền thanh xã\nThường xuyên', []],
  ])('%s → %j', (text, names) => {
    expect(unitsNamed(text).map((u) => `${u.unit} ${u.name}${u.old ? ' (cũ)' : ''}`)).toEqual(names);
  });
});

/** The single pattern the unit words were once read with: what {@link unitMentions} must find, mention for mention. */
const ONE_PATTERN =
  /(?:^|[^\p{L}])(xã|Xã|XÃ|phường|Phường|PHƯỜNG|thị trấn|Thị trấn|Thị Trấn|THỊ TRẤN|đặc khu|Đặc khu|Đặc Khu|ĐẶC KHU)\s+((?:\p{Lu}\p{L}*\s*){1,4})(?=([^\n]{0,40}))/gu;

describe('unitMentions', () => {
  it.each([
    'UBND xã Quang Khải năm 2023',
    'xã Quang Khải và xã Chí Minh',
    'xã A xã B',
    'xã Hòa Bình, xã Hòa An; phường Hòa Lợi',
    'Bảoxã Hòa Bình',
    '😀xã Hòa Bình',
    '\ud800xã Hòa Bình',
    'xã Một Hai Ba Bốn Năm Sáu',
    'XÃ QUANG KHẢI NĂM 2023 VÀ PHƯỜNG HÒA AN',
    'xã  \t Hòa\u00a0Bình',
    'xã hòa bình',
    'thị trấn Nam Sách (cũ) trước sắp xếp theo Nghị quyết của Ủy ban Thường vụ Quốc hội',
    'Thị Trấn Nam Sách-xã Hòa',
    'đặc khuCôn Đảo, Đặc Khu Côn Đảo',
    'xã',
    'xã ',
    'ĐẶC KHU PHÚ QUỐC',
  ])('%j reads as the one pattern read it', (line) => {
    const expected = [...line.matchAll(ONE_PATTERN)].map((m) => ({ word: m[1], at: (m.index ?? 0) + m[0].indexOf(m[1]), capitalised: m[2], rest: m[3] }));
    expect(unitMentions(line)).toEqual(expected);
  });
});

describe('planUnit and planYear', () => {
  it.each([
    [['Kế hoạch CCHC xã Quang Khải năm 2023'], ['Kế hoạch CCHC xã Chí Minh năm 2022'], 'xã Quang Khải'],
    [[''], ['UBND xã Anh Sơn'], 'xã Anh Sơn'],
    [['KẾ HOẠCH CCHC PHƯỜNG HÒA AN'], [], 'phường Hòa An'],
    [['', ''], [''], null],
    // Text the product wrote is never the unit's source; cells are not joined.
    [['Tổng số 25 nhiệm vụ và 38 hoạt động; hoàn thành 20/25 nhiệm vụ của xã Lạc Long'], ['UBND xã Đức Mạnh'], 'xã Đức Mạnh'],
    [['Ủy ban nhân dân xã', 'Tin, bài'], [], null],
  ])('planUnit(%j, %j) → %s', (outside, table, expected) => {
    const unit = planUnit(outside, table);
    expect(unit && `${unit.unit} ${unit.name}`).toBe(expected);
  });

  it.each([
    ['Ban hành Kế hoạch cải cách hành chính xã Đức Mạnh năm 2024', '', 2024],
    ['Quyết định số 1794/QĐ-UBND ngày 27 tháng 12 năm 2023 của UBND tỉnh về ban hành Kế hoạch cải cách hành chính tỉnh năm 2024', '', 2024],
    ['KẾ HOẠCH\nThực hiện công tác cải cách hành chính năm 2023', '', 2023],
    ['THEO KẾ HOẠCH SỐ 63/KH-UBND NGÀY 30/12/2022', 'Kế hoạch CCHC năm 2023; báo cáo năm 2023', 2023],
    ['Đánh giá tiến độ thực hiện Kế hoạch cải cách hành chính năm 2031 (tính đến ngày 30/06/2031)\nKế hoạch CCHC năm 2027', '', 2027],
    ['', '', null],
  ])('planYear(%j) → %s', (outside, table, year) => {
    expect(planYear([outside], [table])).toBe(year);
  });

  it.each([
    ['Tổng số 8 nhiệm vụ và 10 hoạt động; hoàn thành 1/8 nhiệm vụ, đạt 13%', true],
    ['ĐÁNH GIÁ TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2023 (tính đến ngày 30/06/2023)', true],
    ['Thực hiện hoàn thành 30/38 hoạt động, đạt 79% kế hoạch', false],
  ])('isProductLine(%j) → %s', (line, expected) => {
    expect(isProductLine(line)).toBe(expected);
  });
});
