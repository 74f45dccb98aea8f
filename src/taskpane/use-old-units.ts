import { useCallback, useMemo, useState } from 'react';
import { readChoice, saveChoice, type ChoiceStores } from '../catalogue/choice';
import type { PlanHost } from '../hosts/host';
import { localStore } from './catalogue-context';

const OLD_UNITS_KEY = 'cchc.oldUnits';

/**
 * The old units of this document: kept in the document's settings (Office) and, on
 * this computer, under the document's name (the preview has no document settings).
 */
export function useOldUnits(host: PlanHost): { oldUnits: string[]; save: (names: string[]) => Promise<boolean> } {
  const stores = useMemo<ChoiceStores>(() => {
    const local = localStore();
    const scoped = (key: string) => `${key}:${host.name}`;
    return {
      document: host.settings,
      local: local && {
        getItem: (key) => local.getItem(scoped(key)),
        setItem: (key, value) => local.setItem(scoped(key), value),
        removeItem: (key) => local.removeItem(scoped(key)),
      },
    };
  }, [host]);
  const [oldUnits, setOldUnits] = useState<string[]>(
    () => readChoice(stores, OLD_UNITS_KEY, (value) => (Array.isArray(value) && value.every((name) => typeof name === 'string') ? (value as string[]) : null)) ?? [],
  );
  const save = useCallback(
    (names: string[]) => {
      setOldUnits(names);
      return saveChoice(stores, OLD_UNITS_KEY, names.length > 0 ? names : null);
    },
    [stores],
  );
  return { oldUnits, save };
}
