import { createContext, useCallback, useContext, useState } from 'react';
import { bundledCatalogue, checkCatalogue } from '../catalogue/load';
import type { Catalogue } from '../catalogue/schema';

const CatalogueContext = createContext<Catalogue | null>(null);

export const CatalogueProvider = CatalogueContext.Provider;

/** The catalogue the clerk chose (imported), else the bundled one. */
export function useCatalogue(): Catalogue {
  return useContext(CatalogueContext) ?? bundledCatalogue();
}

const STORAGE_KEY = 'cchc.catalogue';

function storedCatalogue(): Catalogue | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!stored) return null;
    const result = checkCatalogue(JSON.parse(stored));
    return result.ok ? result.catalogue : null;
  } catch {
    return null;
  }
}

/** The clerk's chosen catalogue, remembered in the pane's local storage (null: the bundled one). */
export function useChosenCatalogue(): [Catalogue | null, (catalogue: Catalogue | null) => void] {
  const [catalogue, setCatalogue] = useState<Catalogue | null>(storedCatalogue);
  const choose = useCallback((chosen: Catalogue | null) => {
    setCatalogue(chosen);
    try {
      if (chosen) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(chosen));
      else globalThis.localStorage?.removeItem(STORAGE_KEY);
    } catch {
      // Storage can be off (private mode, policy): the choice then lasts for this session only.
    }
  }, []);
  return [catalogue, choose];
}
