/** Values for the catalogue's {year}, {prevYear} and {commune} placeholders. */
export interface PlaceholderValues {
  year: number | null;
  commune: string | null;
}

/** Fills {year}, {prevYear}, {commune}; unknown values leave the words out ("xã {commune}" → "xã"). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text
    .replace(/\{year\}/g, values.year === null ? '' : String(values.year))
    .replace(/\{prevYear\}/g, values.year === null ? '' : String(values.year - 1))
    .replace(/\{commune\}/g, values.commune ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([,.;)])/g, '$1')
    .trim();
}
