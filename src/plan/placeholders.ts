import type { Unit } from './metadata';

/** Values for the catalogue's placeholders: the plan's year, unit and name. */
export interface PlaceholderValues {
  year: number | null;
  commune: string | null;
  unit: Unit | null;
}

/** The office that does economic, land and construction work (Nghị định 150/2025/NĐ-CP): its name in a phường differs. */
export function economyOffice(unit: Unit | null): string {
  return unit === 'phường' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế';
}

/**
 * Fills {year}, {prevYear}, {commune}, {unit} (xã, phường, đặc khu… — "xã" when unknown)
 * and {economyOffice}; an unknown year or name leaves the words out ("xã {commune}" → "xã").
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text
    .replace(/\{year\}/g, values.year === null ? '' : String(values.year))
    .replace(/\{prevYear\}/g, values.year === null ? '' : String(values.year - 1))
    .replace(/\{commune\}/g, values.commune ?? '')
    .replace(/\{unit\}/g, values.unit ?? 'xã')
    .replace(/\{economyOffice\}/g, economyOffice(values.unit))
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([,.;)])/g, '$1')
    .trim();
}
