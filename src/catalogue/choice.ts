import type { DocumentSettings } from '../hosts/host';
import { checkCatalogue } from './load';
import type { Catalogue } from './schema';

/** Key of the chosen catalogue in the document's settings and in local storage. */
export const CHOICE_KEY = 'cchc.catalogue';

/**
 * Where the clerk's choice is kept: in the document (it travels with the file, Office
 * hosts) and in the pane's local storage (this computer's default for other documents).
 */
export interface ChoiceStores {
  document?: DocumentSettings;
  local?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

function valid(value: unknown): Catalogue | null {
  const result = checkCatalogue(value);
  return result.ok ? result.catalogue : null;
}

function fromLocal(local: ChoiceStores['local']): Catalogue | null {
  try {
    const stored = local?.getItem(CHOICE_KEY);
    return stored ? valid(JSON.parse(stored)) : null;
  } catch {
    return null;
  }
}

/** The chosen catalogue: the document's own first, then this computer's; null for the bundled one. A stored value that no longer passes the schema is ignored. */
export function readChosenCatalogue(stores: ChoiceStores): Catalogue | null {
  const inDocument = stores.document?.get(CHOICE_KEY);
  return (inDocument ? valid(inDocument) : null) ?? fromLocal(stores.local);
}

/**
 * Remembers a choice (null: back to the bundled catalogue) in both stores. Gives
 * false when the document could not save it: the choice then holds on this computer only.
 */
export async function saveChosenCatalogue(stores: ChoiceStores, chosen: Catalogue | null): Promise<boolean> {
  try {
    if (chosen) stores.local?.setItem(CHOICE_KEY, JSON.stringify(chosen));
    else stores.local?.removeItem(CHOICE_KEY);
  } catch {
    // Storage can be off (private mode, policy): the document, or this session, still holds the choice.
  }
  if (!stores.document) return true;
  try {
    await stores.document.set(CHOICE_KEY, chosen);
    return true;
  } catch {
    return false;
  }
}
