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
  if (/^(da )?(hoan thanh|xong)\b/.test(key)) return 'done';
  if (/\b(dang trien khai|dang thuc hien|da va dang)\b/.test(key)) return 'inProgress';
  return 'other';
}

/** Short names and everyday words for each status, as a clerk types them on the command line (folded). */
const STATUS_WORDS: Record<keyof typeof STATUS, readonly string[]> = {
  done: ['done', 'xong', 'da xong', 'hoan thanh', 'da hoan thanh', 'ht', 'dat'],
  inProgress: ['in progress', 'dang thuc hien', 'dang trien khai', 'dang lam', 'da va dang thuc hien', 'da va dang trien khai', 'dang'],
  notYet: ['not yet', 'chua den thoi diem', 'chua den han', 'chua den ky', 'chua toi han'],
  notDone: ['not done', 'khong thuc hien', 'chua thuc hien', 'chua hoan thanh', 'khong hoan thanh', 'khong'],
};

/**
 * The status value a typed word stands for ("xong", "đã hoàn thành", "in-progress" →
 * its DESIGN §6 value), or null when it is none of them (kept as the clerk's free text).
 */
export function standardStatus(text: string): string | null {
  const key = fold(text.replace(/-/g, ' '));
  for (const [category, words] of Object.entries(STATUS_WORDS) as Array<[keyof typeof STATUS, readonly string[]]>) {
    if (words.includes(key)) return STATUS[category];
  }
  return null;
}
