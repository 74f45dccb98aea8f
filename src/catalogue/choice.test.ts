import type { DocumentSettings } from '../hosts/host';
import { CHOICE_KEY, readChosenCatalogue, saveChosenCatalogue, type ChoiceStores } from './choice';
import { bundledCatalogue } from './load';
import { checkCatalogue } from './parse';
import type { Catalogue } from './schema';

const own: Catalogue = { ...bundledCatalogue(2025), version: 'xã-2026', tasks: bundledCatalogue(2025).tasks.slice(0, 3) };
const other: Catalogue = { ...own, version: 'máy-này' };

/** Document settings and local storage as maps; `failSave` makes the document refuse to save. */
function stores(initial: { document?: unknown; local?: string }, failSave = false) {
  const documentValues = new Map<string, unknown>(initial.document === undefined ? [] : [[CHOICE_KEY, initial.document]]);
  const localValues = new Map<string, string>(initial.local === undefined ? [] : [[CHOICE_KEY, initial.local]]);
  const document: DocumentSettings = {
    get: (key) => documentValues.get(key) ?? null,
    set: async (key, value) => {
      if (failSave) throw new Error('saveAsync failed');
      if (value === null) documentValues.delete(key);
      else documentValues.set(key, value);
    },
  };
  const local = {
    getItem: (key: string) => localValues.get(key) ?? null,
    setItem: (key: string, value: string) => void localValues.set(key, value),
    removeItem: (key: string) => void localValues.delete(key),
  };
  return { stores: { document, local } satisfies ChoiceStores, documentValues, localValues };
}

describe('reading the chosen catalogue', () => {
  it.each([
    ['nothing stored: the bundled one', {}, null],
    ["the document's choice", { document: own }, 'xã-2026'],
    ["the document's choice before this computer's", { document: own, local: JSON.stringify(other) }, 'xã-2026'],
    ["this computer's when the document has none", { local: JSON.stringify(other) }, 'máy-này'],
    ["this computer's when the document's is broken", { document: { tasks: 'x' }, local: JSON.stringify(other) }, 'máy-này'],
    ['the bundled one when local storage holds bad JSON', { local: '{not json' }, null],
  ])('%s', (_, initial, version) => {
    expect(readChosenCatalogue(stores(initial).stores, checkCatalogue)?.version ?? null).toBe(version);
  });

  it('works without a document (preview page) and without storage', () => {
    expect(readChosenCatalogue({}, checkCatalogue)).toBeNull();
    expect(readChosenCatalogue({ local: stores({ local: JSON.stringify(own) }).stores.local }, checkCatalogue)?.version).toBe('xã-2026');
  });
});

describe('saving the choice', () => {
  it('keeps it in the document and on this computer, and the next pane reads it back', async () => {
    const { stores: both, documentValues, localValues } = stores({});
    expect(await saveChosenCatalogue(both, own)).toBe(true);
    expect(documentValues.get(CHOICE_KEY)).toEqual(own);
    expect(JSON.parse(localValues.get(CHOICE_KEY) as string)).toEqual(own);
    expect(readChosenCatalogue(both, checkCatalogue)?.version).toBe('xã-2026');
  });

  it('going back to the bundled catalogue removes it from both', async () => {
    const { stores: both, documentValues, localValues } = stores({ document: own, local: JSON.stringify(own) });
    expect(await saveChosenCatalogue(both, null)).toBe(true);
    expect(documentValues.size + localValues.size).toBe(0);
    expect(readChosenCatalogue(both, checkCatalogue)).toBeNull();
  });

  it('says so when the document cannot save it, and this computer still remembers it', async () => {
    const { stores: failing, localValues } = stores({}, true);
    expect(await saveChosenCatalogue(failing, own)).toBe(false);
    expect(localValues.has(CHOICE_KEY)).toBe(true);
  });
});
