/**
 * The bundled editions (DESIGN §8): 2025 for plans up to 2025, 2026 for plans from 2026.
 * Kept apart from their texts (load.ts) so that the pane can name them before it loads them.
 */
export const EDITIONS = [2025, 2026] as const;
export type Edition = (typeof EDITIONS)[number];

/** The edition a plan of that year is written with; the newest when the year is unknown. */
export function editionFor(year: number | null): Edition {
  return year !== null && year <= 2025 ? 2025 : 2026;
}

export function isEdition(value: number): value is Edition {
  return (EDITIONS as readonly number[]).includes(value);
}
