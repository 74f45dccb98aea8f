import { fold } from './text';

/** The status values of DESIGN §6, as written into the document. */
export const STATUS = {
  done: 'Hoàn thành',
  inProgress: 'Đang triển khai',
  notYet: 'Chưa đến thời điểm',
  notDone: 'Không thực hiện',
} as const;
export type StatusCategory = keyof typeof STATUS | 'empty' | 'other';

/**
 * What a status typed by a clerk means. Seed 004 writes "Hoàn thành báo cáo quý 1…",
 * "Đã và đang thực hiện", "Đang triển khai thực hiện", "Hoàn thành và tiếp tục…".
 */
export function statusCategory(text: string): StatusCategory {
  const key = fold(text);
  if (!key) return 'empty';
  if (/\bchua den (thoi diem|han|ky)\b/.test(key)) return 'notYet';
  if (/\b(chua hoan thanh|chua thuc hien|khong thuc hien|khong hoan thanh|cham|qua han|tre han)\b/.test(key)) return 'notDone';
  if (/^(da )?hoan thanh\b/.test(key)) return 'done';
  if (/\b(dang trien khai|dang thuc hien|da va dang)\b/.test(key)) return 'inProgress';
  return 'other';
}
