import edition2025 from './edition-2025.json';
import edition2026 from './edition-2026.json';
import type { Edition } from './editions';
import type { Catalogue } from './schema';

const BUNDLED: Record<Edition, unknown> = { 2025: edition2025, 2026: edition2026 };

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
