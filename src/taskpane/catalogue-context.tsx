import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { bundledCatalogue } from '../catalogue/load';
import { readChosenCatalogue, saveChosenCatalogue, type ChoiceStores } from '../catalogue/choice';
import type { Catalogue } from '../catalogue/schema';
import type { PlanHost } from '../hosts/host';

const CatalogueContext = createContext<Catalogue | null>(null);

export const CatalogueProvider = CatalogueContext.Provider;

/** The catalogue the clerk chose (imported), else the bundled one. */
export function useCatalogue(): Catalogue {
  return useContext(CatalogueContext) ?? bundledCatalogue();
}

/** Local storage, or nothing where the browser refuses it (private mode, policy). */
function localStore(): ChoiceStores['local'] {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The clerk's chosen catalogue (null: the bundled one), remembered in the document's
 * settings when the host has them and in local storage. Choosing gives false when
 * the document could not keep the choice.
 */
export function useChosenCatalogue(host: PlanHost | null): [Catalogue | null, (catalogue: Catalogue | null) => Promise<boolean>] {
  const stores = useMemo<ChoiceStores>(() => ({ document: host?.settings, local: localStore() }), [host]);
  const [catalogue, setCatalogue] = useState<Catalogue | null>(() => readChosenCatalogue(stores));
  const choose = useCallback(
    (chosen: Catalogue | null) => {
      setCatalogue(chosen);
      return saveChosenCatalogue(stores, chosen);
    },
    [stores],
  );
  return [catalogue, choose];
}
