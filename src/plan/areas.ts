import { fold } from './text';
import type { Area } from './types';

/** Folded wording that names each reform area in section titles and catalogue entries. */
const AREA_PATTERNS: ReadonlyArray<readonly [Area, RegExp]> = [
  ['direction', /\b(chi dao|dieu hanh)\b/],
  ['institution', /\bthe che\b/],
  ['procedure', /\bthu tuc hanh chinh\b|\bmot cua\b/],
  ['organization', /\bbo may\b/],
  ['civil-service', /\b(cong vu|doi ngu can bo|can bo cong chuc)\b/],
  ['finance', /\btai chinh\b/],
  ['digital', /\b(chinh quyen dien tu|chinh quyen so|chuyen doi so|cong nghe thong tin)\b/],
];

/** Areas a section title names, in the official order ("tổ chức bộ máy và chế độ công vụ" → two). */
export function areasOfTitle(title: string): Area[] {
  const key = fold(title);
  return AREA_PATTERNS.filter(([, pattern]) => pattern.test(key)).map(([area]) => area);
}
