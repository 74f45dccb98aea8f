import type { DocumentSettings } from './host';

/** The part of Office.Settings used here (Office.context.document.settings), small enough to fake in tests. */
export type OfficeSettings = Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'>;

/**
 * The document's settings through Office (Word and Excel, requirement set 1.1):
 * a change is saved at once, so that it is kept when the clerk saves the document.
 */
export function officeDocumentSettings(settings: OfficeSettings): DocumentSettings {
  return {
    get: (key) => (settings.get(key) as unknown) ?? null,
    set: (key, value) => {
      if (value === null) settings.remove(key);
      else settings.set(key, value);
      return new Promise((resolve, reject) => {
        settings.saveAsync((result) => {
          // Office.AsyncResultStatus.Succeeded is the string "succeeded"; compared as such so that no Office global is needed.
          if (String(result.status) === 'succeeded') resolve();
          else reject(new Error(result.error?.message ?? 'saveAsync failed'));
        });
      });
    },
  };
}
