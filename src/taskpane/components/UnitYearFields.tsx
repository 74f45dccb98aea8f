import { Field, Input } from '@fluentui/react-components';
import type { translate } from '../../i18n';

interface Props {
  t: (key: Parameters<typeof translate>[1]) => string;
  unit: string;
  year: string;
  onUnit: (unit: string) => void;
  onYear: (year: string) => void;
  /** Prefix of the fields' test ids: "<prefix>-unit", "<prefix>-year". */
  testId: string;
}

/** The unit ("xã Hòa An") and the plan year of a plan to start. */
export function UnitYearFields({ t, unit, year, onUnit, onYear, testId }: Props) {
  return (
    <>
      <Field label={t('preview.newPlanUnit')} hint={t('preview.newPlanUnitHint')}>
        <Input value={unit} onChange={(_e, data) => onUnit(data.value)} data-testid={`${testId}-unit`} />
      </Field>
      <Field label={t('check.year')}>
        <Input value={year} inputMode="numeric" onChange={(_e, data) => onYear(data.value)} data-testid={`${testId}-year`} />
      </Field>
    </>
  );
}
