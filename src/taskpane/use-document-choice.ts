import { useCallback, useMemo, useState } from 'react';
import { readChoice, saveChoice, type ChoiceStores } from '../catalogue/choice';
import type { PlanHost } from '../hosts/host';
import { localStore } from './catalogue-context';

/**
 * A choice the clerk makes for one document: kept in the document's settings (Office) and,
 * on this computer, under the document's name (the preview has no document settings).
 */
export function useDocumentChoice<T>(host: PlanHost, key: string, parse: (value: unknown) => T | null, empty: T, isEmpty: (value: T) => boolean): { value: T; save: (value: T) => Promise<boolean> } {
  const stores = useMemo<ChoiceStores>(() => {
    const local = localStore();
    const scoped = (name: string) => `${name}:${host.name}`;
    return {
      document: host.settings,
      local: local && {
        getItem: (name) => local.getItem(scoped(name)),
        setItem: (name, value) => local.setItem(scoped(name), value),
        removeItem: (name) => local.removeItem(scoped(name)),
      },
    };
  }, [host]);
  const [value, setValue] = useState<T>(() => readChoice(stores, key, parse) ?? empty);
  const save = useCallback(
    (next: T) => {
      setValue(next);
      return saveChoice(stores, key, isEmpty(next) ? null : next);
    },
    [stores, key, isEmpty],
  );
  return { value, save };
}

export const stringList = (value: unknown): string[] | null => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : null);
const noneIn = (list: string[]) => list.length === 0;

/** The old units of this document (merged communes), never reported as another unit. */
export function useOldUnits(host: PlanHost): { oldUnits: string[]; save: (names: string[]) => Promise<boolean> } {
  const { value, save } = useDocumentChoice(host, 'cchc.oldUnits', stringList, [], noneIn);
  return { oldUnits: value, save };
}

/** The findings the clerk chose to leave in this document ("Bỏ qua"), by their keys. */
export function useIgnoredFindings(host: PlanHost): { ignored: string[]; save: (keys: string[]) => Promise<boolean> } {
  const { value, save } = useDocumentChoice(host, 'cchc.ignoredFindings', stringList, [], noneIn);
  return { ignored: value, save };
}
