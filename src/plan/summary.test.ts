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

  it.each([
    [
      { tasks: 25, activities: 38, tasksDone: 20, done: 30, inProgress: 6, notYet: 2, notDone: 0, unassessed: 0 },
      'Tổng số 25 nhiệm vụ và 38 hoạt động; hoàn thành 20/25 nhiệm vụ, đạt 80%; hoàn thành 30/38 hoạt động, đạt 79%; đang triển khai 6; chưa đến thời điểm 2.',
    ],
    [
      { tasks: 8, activities: 10, tasksDone: 1, done: 3, inProgress: 2, notYet: 1, notDone: 1, unassessed: 3 },
      'Tổng số 8 nhiệm vụ và 10 hoạt động; hoàn thành 1/8 nhiệm vụ, đạt 13%; hoàn thành 3/10 hoạt động, đạt 30%; đang triển khai 2; chưa đến thời điểm 1; không thực hiện 1; chưa đánh giá 3.',
    ],
    [
      { tasks: 2, activities: 4, tasksDone: 0, done: 0, inProgress: 0, notYet: 0, notDone: 0, unassessed: 4 },
      'Tổng số 2 nhiệm vụ và 4 hoạt động; hoàn thành 0/2 nhiệm vụ, đạt 0%; hoàn thành 0/4 hoạt động, đạt 0%; đang triển khai 0; chưa đến thời điểm 0; chưa đánh giá 4.',
    ],
  ])('writes and reads back the sentence of %j', (tally, expected) => {
    const sentence = summarySentence(tally);
    expect(sentence).toBe(expected);
    expect(tally.done + tally.inProgress + tally.notYet + tally.notDone + tally.unassessed).toBe(tally.activities);
    const { tasks, tasksDone, activities, done, inProgress, notYet } = tally;
    expect(readStatedSummary(`Kèm theo báo cáo\n${sentence}`)).toMatchObject({
      tasks, tasksDone, activities, done, inProgress, notYet,
      notDone: tally.notDone > 0 ? tally.notDone : null,
      unassessed: tally.unassessed > 0 ? tally.unassessed : null,
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
