import { readStatedSummary } from './summary';
import { percent, summarySentence } from './tally';

describe('readStatedSummary', () => {
  it('reads seed 004 stated summary lines', () => {
    const stated = readStatedSummary(
      [
        'Thực hiện hoàn thành 20/25 nhiệm vụ đạt 80% kế hoạch',
        'Thực hiện hoàn thành 30/38 hoạt động, đạt 79% kế hoạch',
        'Đã và đang triển khai thực hiện 06 hoạt động',
        'Chưa đến thời điểm thực hiện 2 hoạt động',
      ].join('\n'),
    );
    expect(stated).toMatchObject({ tasks: 25, tasksDone: 20, activities: 38, done: 30, percent: 79, inProgress: 6, notYet: 2 });
  });

  it('reads back the sentence the tool writes', () => {
    const sentence = summarySentence({ tasks: 25, activities: 38, tasksDone: 20, done: 30, inProgress: 6, notYet: 2 });
    expect(sentence).toBe(
      'Tổng số 25 nhiệm vụ và 38 hoạt động; hoàn thành 20/25 nhiệm vụ, đạt 80%; hoàn thành 30/38 hoạt động, đạt 79%; đang triển khai 6; chưa đến thời điểm 2.',
    );
    expect(readStatedSummary(`Kèm theo báo cáo\n${sentence}`)).toMatchObject({
      tasks: 25, tasksDone: 20, activities: 38, done: 30, percent: 79, inProgress: 6, notYet: 2,
    });
  });

  it('ignores text without counts', () => {
    expect(readStatedSummary('Đang triển khai kế hoạch\nKính gửi UBND huyện')).toBeNull();
  });
});

describe('percent (half-up)', () => {
  it.each([
    [30, 38, 79],
    [1, 8, 13],
    [1, 2, 50],
    [5, 8, 63],
    [0, 0, 0],
    [7, 7, 100],
  ])('%i/%i → %i%%', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});
