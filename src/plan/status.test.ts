import { standardStatus, statusCategory } from './status';

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
    ['Đã xong', 'done'],
    ['Xem báo cáo riêng', 'other'],
  ])('%j → %s', (text, category) => {
    expect(statusCategory(text)).toBe(category);
  });
});

describe('standardStatus', () => {
  it.each([
    ['xong', 'Hoàn thành'],
    ['Đã hoàn thành', 'Hoàn thành'],
    ['đã xong', 'Hoàn thành'],
    ['done', 'Hoàn thành'],
    ['HOÀN THÀNH', 'Hoàn thành'],
    ['đang thực hiện', 'Đang triển khai'],
    ['in-progress', 'Đang triển khai'],
    ['chưa đến hạn', 'Chưa đến thời điểm'],
    ['not-yet', 'Chưa đến thời điểm'],
    ['chưa thực hiện', 'Không thực hiện'],
    ['not-done', 'Không thực hiện'],
    ['Hoàn thành báo cáo quý 1', null],
    ['0=xong', null],
  ])('%j → %j', (text, status) => {
    expect(standardStatus(text)).toBe(status);
  });
});
