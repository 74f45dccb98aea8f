import type { Unit } from './metadata';
import { economyOffice } from './placeholders';

/**
 * Bodies and rules the 2025 reorganisation replaced (DESIGN §5): how a 2026+ plan is found to
 * name one (`detect`, on folded text), what the finding says (`name`, `replacement`), and,
 * where the plan itself determines it, how `fix` rewrites it in the cell's own text
 * (`written` → `body`: the short name of the body that replaced it).
 */
export interface OldBody {
  detect: RegExp;
  name: string;
  replacement: string;
  written?: RegExp;
  body?: (unit: Unit | null) => string;
}

export const OLD_APPARATUS: readonly OldBody[] = [
  {
    detect: /\b(uy ban nhan dan|chu tich uy ban nhan dan) huyen\b/,
    name: 'UBND huyện',
    replacement: 'UBND tỉnh, Sở Nội vụ (cấp huyện không còn từ 01/7/2025)',
    written: /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+huyện(?:\s+\p{Lu}\p{L}*){0,3}/gu,
    body: () => 'UBND tỉnh',
  },
  { detect: /\bphong noi vu( huyen)?\b/, name: 'Phòng Nội vụ', replacement: 'Sở Nội vụ', written: /Phòng\s+Nội vụ(?:\s+huyện)?/giu, body: () => 'Sở Nội vụ' },
  { detect: /\b(cap huyen|huyen uy|thi xa uy)\b/, name: 'cấp huyện', replacement: 'cấp tỉnh (UBND tỉnh, các sở)', written: /cấp huyện/gu, body: () => 'cấp tỉnh' },
  {
    detect: /\bbo phan (tiep nhan (va )?tra ket qua|mot cua)\b/,
    name: 'Bộ phận tiếp nhận và trả kết quả / Bộ phận Một cửa',
    replacement: 'Trung tâm Phục vụ hành chính công (Nghị định 118/2025/NĐ-CP)',
    written: /Bộ phận\s+(?:tiếp nhận\s+(?:và\s+)?trả kết quả|một cửa)/giu,
    body: () => 'Trung tâm Phục vụ hành chính công',
  },
  {
    detect: /\bvan phong thong ke\b/,
    name: 'công chức Văn phòng - Thống kê',
    replacement: 'Văn phòng HĐND và UBND',
    written: /(?:Công chức|CC)\s+Văn phòng\s*[-–]\s*Thống kê|Văn phòng\s*[-–]\s*Thống kê/giu,
    body: () => 'Văn phòng HĐND và UBND',
  },
  {
    detect: /\btu phap ho tich\b/,
    name: 'công chức Tư pháp - Hộ tịch',
    replacement: 'Văn phòng HĐND và UBND (công tác tư pháp)',
    written: /(?:Công chức|CC)\s+Tư pháp\s*[-–]\s*Hộ tịch|Tư pháp\s*[-–]\s*Hộ tịch/giu,
    body: () => 'Văn phòng HĐND và UBND',
  },
  {
    detect: /\btai chinh ke toan\b/,
    name: 'công chức Tài chính - Kế toán',
    replacement: 'Phòng Kinh tế',
    written: /(?:Công chức|CC)\s+Tài chính\s*[-–]\s*Kế toán|Tài chính\s*[-–]\s*Kế toán/giu,
    body: economyOffice,
  },
  {
    detect: /\bdia chinh (xay dung|nong nghiep|do thi|moi truong)/,
    name: 'công chức Địa chính',
    replacement: 'Phòng Kinh tế (ở phường: Phòng Kinh tế, Hạ tầng và Đô thị)',
    written: /(?:Công chức|CC)\s+Địa chính\s*[-–]\s*(?:Xây dựng|Nông nghiệp|Đô thị|Môi trường)(?:\s*[-–]\s*(?:Nông nghiệp|Môi trường|Đô thị|Xây dựng))*/giu,
    body: economyOffice,
  },
  {
    detect: /\bcong chuc van hoa xa hoi\b/,
    name: 'công chức Văn hóa - Xã hội',
    replacement: 'Phòng Văn hóa - Xã hội',
    written: /Công chức\s+Văn hóa\s*[-–]\s*Xã hội/giu,
    body: () => 'Phòng Văn hóa - Xã hội',
  },
];
