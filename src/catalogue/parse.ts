import { catalogueSchema, type Catalogue } from './schema';

/** What is wrong, in words any language can say: the messages are the UI's (i18n), not the validator's. */
export type CatalogueFault = 'json' | 'type' | 'empty' | 'choice' | 'unknownKey' | 'duplicate' | 'format' | 'other';

/** One thing wrong in a catalogue file: where (a JSON path such as "tasks[3].area", "" for the whole file), what, and a detail. */
export interface CatalogueIssue {
  path: string;
  fault: CatalogueFault;
  /** The expected type, the allowed values, the unknown keys, the duplicate id or the parser's words. */
  detail: string;
  /** The validator's own text (English), for logs. */
  message: string;
}

interface ValidatorIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  expected?: unknown;
  values?: unknown[];
  keys?: string[];
  minimum?: unknown;
}

function faultOf(issue: ValidatorIssue): { fault: CatalogueFault; detail: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { fault: 'type', detail: String(issue.expected ?? '') };
    case 'too_small':
      return { fault: 'empty', detail: String(issue.minimum ?? '') };
    case 'invalid_value':
    case 'invalid_enum_value':
      return { fault: 'choice', detail: (issue.values ?? []).map(String).join(', ') };
    case 'unrecognized_keys':
      return { fault: 'unknownKey', detail: (issue.keys ?? []).join(', ') };
    case 'invalid_format':
    case 'invalid_string':
      return { fault: 'format', detail: '' };
    case 'custom':
      return { fault: issue.message.includes('duplicate') ? 'duplicate' : 'other', detail: /"([^"]+)"/.exec(issue.message)?.[1] ?? '' };
    default:
      return { fault: 'other', detail: issue.message };
  }
}

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: CatalogueIssue[] };

/** Validates a catalogue given as JSON text; never throws. */
export function parseCatalogue(json: string): CatalogueResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, issues: [{ path: '', fault: 'json', detail: (error as Error).message, message: `JSON: ${(error as Error).message}` }] };
  }
  return checkCatalogue(data);
}

export function checkCatalogue(data: unknown): CatalogueResult {
  const parsed = catalogueSchema.safeParse(data);
  if (parsed.success) return { ok: true, catalogue: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), ...faultOf(issue as ValidatorIssue), message: issue.message })),
  };
}

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

