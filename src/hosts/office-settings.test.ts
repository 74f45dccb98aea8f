import { officeDocumentSettings, type OfficeSettings } from './office-settings';

/** Office.Settings over a map: every call recorded; saveAsync answers with the given status. */
function fakeSettings(status: 'succeeded' | 'failed') {
  const values = new Map<string, unknown>();
  const calls: string[] = [];
  const settings: OfficeSettings = {
    get: (key: string) => values.get(key) ?? null,
    set: (key: string, value: unknown) => {
      calls.push(`set ${key}`);
      values.set(key, value);
    },
    remove: (key: string) => {
      calls.push(`remove ${key}`);
      values.delete(key);
    },
    saveAsync: ((callback?: (result: Office.AsyncResult<void>) => void) => {
      calls.push('saveAsync');
      callback?.({ status, error: status === 'failed' ? { message: 'Document is read-only' } : undefined } as unknown as Office.AsyncResult<void>);
    }) as OfficeSettings['saveAsync'],
  };
  return { settings, values, calls };
}

describe('document settings through Office', () => {
  it.each([
    ['a value is set, then saved', { a: 1 }, ['set cchc.catalogue', 'saveAsync']],
    ['null removes the value, then saves', null, ['remove cchc.catalogue', 'saveAsync']],
  ])('%s', async (_, value, calls) => {
    const fake = fakeSettings('succeeded');
    await officeDocumentSettings(fake.settings).set('cchc.catalogue', value);
    expect(fake.calls).toEqual(calls);
    expect(officeDocumentSettings(fake.settings).get('cchc.catalogue')).toEqual(value);
  });

  it('rejects with Office’s message when the save fails', async () => {
    const fake = fakeSettings('failed');
    await expect(officeDocumentSettings(fake.settings).set('k', 1)).rejects.toThrow('Document is read-only');
  });
});
