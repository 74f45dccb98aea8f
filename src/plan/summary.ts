import { fold } from './text';
import type { StatedSummary } from './types';

const DONE = /hoan thanh (\d+)\s*\/\s*(\d+) hoat dong/;
const TASKS_DONE = /hoan thanh (\d+)\s*\/\s*(\d+) nhiem vu/;
/** The percentage stated for activities (the one after "… hoạt động"). */
const PERCENT = /hoat dong\W*(?:\w+\W+){0,2}?dat (\d+(?:[.,]\d+)?)\s*%/;
/** "… 06 hoạt động" as clerks write it, or "…; đang triển khai 6; chưa đến thời điểm 2." as we write it. */
const IN_PROGRESS = /(?:dang trien khai|da va dang)\D{0,40}?(\d+)(?= hoat dong\b| chua den\b|\s*$)/;
const NOT_YET = /chua den thoi diem\D{0,40}?(\d+)(?= hoat dong\b| khong thuc\b| chua danh\b|\s*$)/;
const NOT_DONE = /khong thuc hien (\d+)(?= hoat dong\b| chua danh\b|\s*$)/;
const UNASSESSED = /chua danh gia (\d+)(?= hoat dong\b|\s*$)/;

/** The summary a progress report states ("Thực hiện hoàn thành 30/38 hoạt động, đạt 79% …"), if any. */
export function readStatedSummary(text: string): StatedSummary | null {
  const lines = text.split('\n').filter((line) => {
    const key = fold(line);
    return DONE.test(key) || TASKS_DONE.test(key) || IN_PROGRESS.test(key) || NOT_YET.test(key);
  });
  if (lines.length === 0) return null;
  const key = fold(lines.join(' '));
  const done = DONE.exec(key);
  const tasksDone = TASKS_DONE.exec(key);
  const number = (match: RegExpExecArray | null, group = 1): number | null =>
    match ? Number(match[group].replace(',', '.')) : null;
  return {
    text: lines.map((line) => line.trim()).join('\n'),
    tasks: number(tasksDone, 2),
    tasksDone: number(tasksDone, 1),
    done: number(done, 1),
    activities: number(done, 2),
    percent: number(PERCENT.exec(key)),
    inProgress: number(IN_PROGRESS.exec(key)),
    notYet: number(NOT_YET.exec(key)),
    notDone: number(NOT_DONE.exec(key)),
    unassessed: number(UNASSESSED.exec(key)),
  };
}
