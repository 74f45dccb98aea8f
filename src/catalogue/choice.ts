import type { DocumentSettings } from '../hosts/host';
import { isEdition, type Edition } from './editions';
import type { checkCatalogue } from './parse';
import type { Catalogue } from './schema';

/** Key of the chosen catalogue in the document's settings and in local storage. */
export const CHOICE_KEY = 'cchc.catalogue';
/** Key of the chosen bundled edition (absent: the edition for the plan's year). */
export const EDITION_KEY = 'cchc.edition';

/**
 * Where the clerk's choice is kept: in the document (it travels with the file, Office
 * hosts) and in the pane's local storage (this computer's default for other documents).
 */
export interface ChoiceStores {
  document?: DocumentSettings;
  local?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

function fromLocal(local: ChoiceStores['local'], key: string): unknown {
  try {
    const stored = local?.getItem(key);
    return stored ? (JSON.parse(stored) as unknown) : null;
  } catch {
    return null;
  }
}

/** A stored choice: the document's own first, then this computer's; a value `accept` refuses is ignored. */
export function readChoice<T>(stores: ChoiceStores, key: string, accept: (value: unknown) => T | null): T | null {
  const inDocument = stores.document?.get(key);
  return (inDocument ? accept(inDocument) : null) ?? accept(fromLocal(stores.local, key));
}

/**
 * Remembers a choice (null: none) in both stores. Gives false when the document could
 * not save it: the choice then holds on this computer only.
 */
export async function saveChoice(stores: ChoiceStores, key: string, value: unknown): Promise<boolean> {
  let keptHere = true;
  try {
    if (value !== null) stores.local?.setItem(key, JSON.stringify(value));
    else stores.local?.removeItem(key);
  } catch {
    // Storage can be off (private mode, policy) or full (a large catalogue): the document may still hold the choice.
    keptHere = false;
  }
  if (!stores.document) return keptHere;
  try {
    await stores.document.set(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The chosen catalogue; null for the bundled one. A stored value that no longer passes the
 * schema is ignored. The schema check is given by the caller, so that the pane loads the
 * schema library only when a stored catalogue is there to check.
 */
export function readChosenCatalogue(stores: ChoiceStores, check: typeof checkCatalogue): Catalogue | null {
  return readChoice(stores, CHOICE_KEY, (value) => {
    if (value === null) return null;
    const result = check(value);
    return result.ok ? result.catalogue : null;
  });
}

/** Whether a catalogue of the clerk's own is stored at all (checked or not). */
export function hasChosenCatalogue(stores: ChoiceStores): boolean {
  return readChoice(stores, CHOICE_KEY, (value) => (value === null ? null : true)) === true;
}

export function saveChosenCatalogue(stores: ChoiceStores, chosen: Catalogue | null): Promise<boolean> {
  return saveChoice(stores, CHOICE_KEY, chosen);
}

/** The bundled edition the clerk picked, or null to follow the plan's year. */
export function readChosenEdition(stores: ChoiceStores): Edition | null {
  return readChoice(stores, EDITION_KEY, (value) => (typeof value === 'number' && isEdition(value) ? value : null));
}
