import '@mantine/dates/styles.css';
import { DateInput } from '@mantine/dates';
import 'dayjs/locale/vi';
import { parseVietnameseDate } from '../lib/format';

type Props = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
};

/** A date typed or picked as dd/mm/yyyy, whatever the browser's language; value YYYY-MM-DD. */
export function DateField({ label, value, onChange, error, required, clearable = true }: Props) {
  return (
    <DateInput
      label={label}
      value={value || null}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
      valueFormat="DD/MM/YYYY"
      dateParser={parseVietnameseDate}
      placeholder="dd/mm/yyyy"
      locale="vi"
      firstDayOfWeek={1}
      clearable={clearable && !required}
      required={required}
      error={error}
    />
  );
}
