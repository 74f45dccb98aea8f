import { areasOfTitle } from './areas';

describe('areasOfTitle', () => {
  it.each([
    ['I. LĨNH VỰC CHỈ ĐẠO ĐIỀU HÀNH', ['direction']],
    ['LĨNH VỰC I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', ['direction']],
    ['Công tác chỉ đạo điều hành', ['direction']],
    ['II. LĨNH VỰC CẢI CÁCH THỂ CHẾ', ['institution']],
    ['III. LĨNH VỰC CẢI CÁCH THỦ TỤC HÀNH CHÍNH', ['procedure']],
    ['CẢI CÁCH TTHC', ['procedure']],
    ['IV. LĨNH VỰC CẢI CÁCH TỔ CHỨC BỘ MÁY CHÍNH QUYỀN ĐỊA PHƯƠNG', ['organization']],
    ['V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', ['civil-service']],
    ['III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', ['organization', 'civil-service']],
    ['VI. CẢI CÁCH TÀI CHÍNH CÔNG', ['finance']],
    ['VII. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ CHÍNH QUYỀN SỐ', ['digital']],
    ['LĨNH VỰC VII XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', ['digital']],
    ['Các nội dung khác', []],
  ])('%s → %j', (title, areas) => {
    expect(areasOfTitle(title)).toEqual(areas);
  });
});
