import { DatePicker } from '@fluentui/react-datepicker-compat';
import { displayDate, readDate } from '../../plan/dates';
import { useT } from '../i18n-context';

interface Props {
  /** The date as typed or picked: dd/mm/yyyy (ISO accepted), possibly not a date yet. */
  text: string;
  onText: (text: string) => void;
}

function dateOf(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

function isoOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The report date as a Fluent date picker in the UI language: typed as dd/mm/yyyy (or ISO)
 * or picked on its calendar, shown dd/mm/yyyy whatever the browser's locale, weeks from Monday.
 */
export default function ReportDatePicker({ text, onText }: Props) {
  const t = useT();
  const list = (key: Parameters<typeof t>[0]) => t(key).split(',');
  const iso = readDate(text);
  return (
    <DatePicker
      allowTextInput
      value={iso ? dateOf(iso) : null}
      formatDate={(date) => (date ? displayDate(isoOf(date)) : '')}
      parseDateFromString={(typed) => {
        onText(typed);
        const read = readDate(typed);
        return read ? dateOf(read) : null;
      }}
      onSelectDate={(date) => date && onText(displayDate(isoOf(date)))}
      firstDayOfWeek={1}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      data-testid="as-of"
      strings={{
        months: list('calendar.months'),
        shortMonths: list('calendar.shortMonths'),
        days: list('calendar.days'),
        shortDays: list('calendar.shortDays'),
        goToToday: t('calendar.today'),
        prevMonthAriaLabel: t('calendar.prevMonth'),
        nextMonthAriaLabel: t('calendar.nextMonth'),
        prevYearAriaLabel: t('calendar.prevYear'),
        nextYearAriaLabel: t('calendar.nextYear'),
      }}
    />
  );
}
