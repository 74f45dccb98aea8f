import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Edition } from '../catalogue/editions';
import { EDITION_KEY, hasChosenCatalogue, readChosenCatalogue, readChosenEdition, saveChoice, saveChosenCatalogue, type ChoiceStores } from '../catalogue/choice';
import type { Catalogue } from '../catalogue/schema';
import type { PlanHost } from '../hosts/host';

/** What the clerk chose: an imported catalogue, or a bundled edition (null: the one for the plan's year). */
export interface CatalogueChoice {
  imported: Catalogue | null;
  edition: Edition | null;
  chooseImported: (catalogue: Catalogue | null) => Promise<boolean>;
  chooseEdition: (edition: Edition | null) => Promise<boolean>;
}

const CatalogueContext = createContext<CatalogueChoice | null>(null);

export const CatalogueProvider = CatalogueContext.Provider;

/** The choice as given by the pane (none outside it: the bundled editions, never kept). */
export function useCatalogueChoice(): CatalogueChoice {
  return useContext(CatalogueContext) ?? { imported: null, edition: null, chooseImported: async () => false, chooseEdition: async () => false };
}

/** Local storage, or nothing where the browser refuses it (private mode, policy). */
export function localStore(): ChoiceStores['local'] {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The clerk's catalogue choice, remembered in the document's settings when the host has
 * them and in local storage. Choosing gives false when the document could not keep it.
 */
export function useChosenCatalogue(host: PlanHost | null): CatalogueChoice {
  const stores = useMemo<ChoiceStores>(() => ({ document: host?.settings, local: localStore() }), [host]);
  const [imported, setImported] = useState<Catalogue | null>(null);
  // A catalogue of the clerk's own is checked against the schema, loaded for it alone (the bundled editions need none).
  useEffect(() => {
    if (!hasChosenCatalogue(stores)) return;
    let current = true;
    void import('../catalogue/parse').then(({ checkCatalogue }) => {
      if (current) setImported(readChosenCatalogue(stores, checkCatalogue));
    });
    return () => {
      current = false;
    };
  }, [stores]);
  const [edition, setEdition] = useState<Edition | null>(() => readChosenEdition(stores));
  const chooseImported = useCallback(
    (chosen: Catalogue | null) => {
      setImported(chosen);
      return saveChosenCatalogue(stores, chosen);
    },
    [stores],
  );
  const chooseEdition = useCallback(
    (chosen: Edition | null) => {
      setEdition(chosen);
      return saveChoice(stores, EDITION_KEY, chosen);
    },
    [stores],
  );
  return useMemo(() => ({ imported, edition, chooseImported, chooseEdition }), [imported, edition, chooseImported, chooseEdition]);
}
