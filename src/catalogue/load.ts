import bundled from './default.json';
import { catalogueSchema, type Catalogue } from './schema';

/** One thing wrong in a catalogue file: where (a JSON path such as "tasks[3].area") and what. */
export interface CatalogueIssue {
  path: string;
  message: string;
}

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: CatalogueIssue[] };

/** Validates a catalogue given as JSON text; never throws. */
export function parseCatalogue(json: string): CatalogueResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `JSON: ${(error as Error).message}` }] };
  }
  return checkCatalogue(data);
}

export function checkCatalogue(data: unknown): CatalogueResult {
  const parsed = catalogueSchema.safeParse(data);
  if (parsed.success) return { ok: true, catalogue: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  };
}

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

let defaultCatalogue: Catalogue | null = null;

/** The catalogue bundled with the add-in (validated once). */
export function bundledCatalogue(): Catalogue {
  if (!defaultCatalogue) {
    const result = checkCatalogue(bundled);
    if (!result.ok) throw new Error(`bundled catalogue: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    defaultCatalogue = result.catalogue;
  }
  return defaultCatalogue;
}

/** The catalogue as the JSON file a clerk exports. */
export function catalogueJson(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}
