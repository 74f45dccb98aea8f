import { createContext, useContext } from 'react';
import { bundledCatalogue } from '../catalogue/load';
import type { Catalogue } from '../catalogue/schema';

const CatalogueContext = createContext<Catalogue | null>(null);

export const CatalogueProvider = CatalogueContext.Provider;

/** The catalogue the clerk chose (imported), else the bundled one. */
export function useCatalogue(): Catalogue {
  return useContext(CatalogueContext) ?? bundledCatalogue();
}
