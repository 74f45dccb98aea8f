import edition2025 from './edition-2025.json';
import edition2026 from './edition-2026.json';
import type { Catalogue } from './schema';

/** The bundled editions (DESIGN §8): 2025 for plans up to 2025, 2026 for plans from 2026. */
export const EDITIONS = [2025, 2026] as const;
export type Edition = (typeof EDITIONS)[number];
const BUNDLED: Record<Edition, unknown> = { 2025: edition2025, 2026: edition2026 };

/** The edition a plan of that year is written with; the newest when the year is unknown. */
export function editionFor(year: number | null): Edition {
  return year !== null && year <= 2025 ? 2025 : 2026;
}

export function isEdition(value: number): value is Edition {
  return (EDITIONS as readonly number[]).includes(value);
}

/**
 * A catalogue bundled with the add-in: the newest edition unless another is asked for. The
 * bundled files are checked against the schema by the tests, so the validator (zod) is loaded
 * only for a clerk's own file.
 */
export function bundledCatalogue(edition: Edition = 2026): Catalogue {
  return BUNDLED[edition] as Catalogue;
}

/** The catalogue as the JSON file a clerk exports. */
export function catalogueJson(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}
