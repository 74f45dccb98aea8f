import { editionFor } from '../catalogue/editions';
import { bundledCatalogue } from '../catalogue/load';
import type { Catalogue } from '../catalogue/schema';
import { useCatalogueChoice } from './catalogue-context';

/**
 * The catalogue in use for a plan of that year: the imported one, else the chosen edition, else
 * the year's edition. Apart from the choice (catalogue-context) so that the bundled editions load
 * with the tabs that use them, not with the pane's first screen.
 */
export function useCatalogue(planYear: number | null): Catalogue {
  const { imported, edition } = useCatalogueChoice();
  return imported ?? bundledCatalogue(edition ?? editionFor(planYear));
}
