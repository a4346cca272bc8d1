import '@mantine/dates/styles.css';
import { Fieldset, Input, SimpleGrid } from '@mantine/core';
import { DateInput, TimePicker } from '@mantine/dates';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseVietnameseDate } from '../lib/format';

// Dates and times as Vietnamese users type and read them, whatever the browser's language:
// dd/mm/yyyy and 24-hour HH:mm. Never the browser's native date/time inputs (which show
// mm/dd/yyyy or AM/PM in some browsers). The locale (vi, weeks from Monday) is the app's
// DatesProvider (main.tsx).

type FieldProps = {
  label: string;
  error?: ReactNode;
  /** Required: no clear button, marked and announced as required. */
  required?: boolean;
  /** Marked with * only (needed later, e.g. before sending a draft). */
  withAsterisk?: boolean;
  disabled?: boolean;
  description?: ReactNode;
};

/** Shown as dd/mm/yyyy; typed as 24/3/2020, 24-03-2020, 24.3.2020 or 2020-03-24. */
const DATE_PARTS = {
  valueFormat: 'DD/MM/YYYY',
  dateParser: parseVietnameseDate,
  placeholder: 'dd/mm/yyyy',
} as const;

/** 24-hour, each part (giờ, phút, giây) named after the field for screen readers. */
const timeParts = (label: string, t: TFunction, withSeconds?: boolean) =>
  ({
    format: '24h',
    withSeconds,
    hoursInputLabel: `${label}: ${t('dateInput.hours')}`,
    minutesInputLabel: `${label}: ${t('dateInput.minutes')}`,
    secondsInputLabel: `${label}: ${t('dateInput.seconds')}`,
    hoursPlaceholder: '--',
    minutesPlaceholder: '--',
    secondsPlaceholder: '--',
  }) as const;

/** A date typed or picked as dd/mm/yyyy; value YYYY-MM-DD. */
export function DateField({
  label,
  value,
  onChange,
  clearable = true,
  ...rest
}: FieldProps & {
  value: string | null;
  onChange: (value: string | null) => void;
  clearable?: boolean;
}) {
  return (
    <DateInput
      {...rest}
      label={label}
      value={value || null}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
      {...DATE_PARTS}
      clearable={clearable && !rest.required}
    />
  );
}

/** A time of day typed as HH:mm (or HH:mm:ss), 24-hour; value 'HH:mm[:ss]' or null while incomplete. */
export function TimeField({
  label,
  value,
  onChange,
  withSeconds,
  ...rest
}: FieldProps & { value: string | null; onChange: (value: string | null) => void; withSeconds?: boolean }) {
  const { t } = useTranslation();
  return (
    <TimePicker
      {...rest}
      label={label}
      {...timeParts(label, t, withSeconds)}
      value={value ?? ''}
      onChange={(v) => onChange(v || null)}
      clearable={!rest.required}
    />
  );
}

/**
 * A moment as a date and a time side by side ("Thời điểm ký": 18/03/2020 · 17:08); value the
 * local 'YYYY-MM-DDTHH:mm[:ss]' (Vietnam time, see lib/format toVietnamLocal), '' while incomplete.
 */
export function DateTimeField({
  label,
  value,
  onChange,
  withSeconds,
  error,
  required,
  disabled,
}: FieldProps & { value: string; onChange: (value: string) => void; withSeconds?: boolean }) {
  const { t } = useTranslation();
  const [date, setDate] = useState<string | null>(value.slice(0, 10) || null);
  const [time, setTime] = useState<string | null>(value.slice(11) || null);
  // A whole new value from outside (a reload) replaces both parts; '' (one part missing) keeps them.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value) {
      setDate(value.slice(0, 10));
      setTime(value.slice(11));
    }
  }
  const change = (d: string | null, tm: string | null) => {
    setDate(d);
    setTime(tm);
    onChange(d && tm ? `${d}T${tm}` : '');
  };
  return (
    <Fieldset
      variant="unstyled"
      legend={
        <Input.Label labelElement="div" required={required}>
          {label}
        </Input.Label>
      }
    >
      <SimpleGrid cols={2} spacing="xs">
        <DateInput
          aria-label={`${label}: ${t('dateInput.date')}`}
          value={date}
          onChange={(v) => change(v ? String(v).slice(0, 10) : null, time)}
          {...DATE_PARTS}
          required={required}
          disabled={disabled}
          error={!!error}
        />
        <TimePicker
          {...timeParts(label, t, withSeconds)}
          value={time ?? ''}
          onChange={(v) => change(date, v || null)}
          disabled={disabled}
          error={!!error}
        />
      </SimpleGrid>
      {error && typeof error !== 'boolean' && <Input.Error mt={4}>{error}</Input.Error>}
    </Fieldset>
  );
}
