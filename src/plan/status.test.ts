import { statusCategory } from './status';

describe('statusCategory', () => {
  it.each([
    ['Hoàn thành', 'done'],
    ['Hoàn thành báo cáo quý 1, 6 tháng, quý 3', 'done'],
    ['Hoàn thành và tiếp tục triển khai thực hiện', 'done'],
    ['Đã hoàn thành', 'done'],
    ['Đã và đang thực hiện', 'inProgress'],
    ['Đang triển khai thực hiện', 'inProgress'],
    ['Chưa đến thời điểm', 'notYet'],
    ['Chưa đến thời điểm thực hiện', 'notYet'],
    ['Chưa hoàn thành', 'notDone'],
    ['Không thực hiện', 'notDone'],
    ['Chậm so với kế hoạch', 'notDone'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['Xem báo cáo riêng', 'other'],
  ])('%j → %s', (text, category) => {
    expect(statusCategory(text)).toBe(category);
  });
});
