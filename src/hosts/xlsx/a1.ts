/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** 0-based index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

/** An A1 range ("Sheet1!B2:D5", "'Kế hoạch'!A1", "C3") as 0-based bounds; null when it is not one. */
export function parseRangeAddress(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
  if (!match) return null;
  const [left, top] = [columnIndex(match[1]), Number(match[2]) - 1];
  const [right, bottom] = match[3] ? [columnIndex(match[3]), Number(match[4]) - 1] : [left, top];
  return { top, left, bottom, right };
}
