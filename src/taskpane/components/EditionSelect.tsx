import { Field, Select } from '@fluentui/react-components';
import { EDITIONS, editionFor, type Edition } from '../../catalogue/editions';
import { useCatalogueChoice } from '../catalogue-context';
import { useT } from '../i18n-context';

/**
 * Which bundled catalogue edition is used: the one for the plan's year (the default), or
 * one the clerk picks. Disabled while an imported catalogue is in use.
 */
export function EditionSelect({ planYear, onKept }: { planYear: number | null; onKept?: (kept: boolean) => void }) {
  const t = useT();
  const { imported, edition, chooseEdition } = useCatalogueChoice();
  const automatic = planYear === null ? t('settings.edition.auto') : t('settings.edition.autoFor', { year: planYear, edition: editionFor(planYear) });
  const pick = async (value: string) => {
    const kept = await chooseEdition(value === '' ? null : (Number(value) as Edition));
    onKept?.(kept);
  };
  return (
    <Field label={t('settings.edition')} hint={imported ? t('settings.catalogueImported', { version: imported.version, count: imported.tasks.length }) : undefined}>
      <Select value={edition === null ? '' : String(edition)} onChange={(_e, data) => void pick(data.value)} disabled={imported !== null} data-testid="catalogue-edition">
        <option value="">{automatic}</option>
        {EDITIONS.map((year) => (
          <option key={year} value={String(year)}>{t(`settings.edition.${year}`)}</option>
        ))}
      </Select>
    </Field>
  );
}
