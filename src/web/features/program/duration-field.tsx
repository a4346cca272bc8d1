import { NumberInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '../../../shared/schemas/program';
import { programWrites, useProgramWrite } from './queries';

/** Thời lượng, saved when the field is left or Enter is pressed; a refused value shows its message. */
export function DurationField({
  cid,
  item,
  disabled,
}: {
  cid: string;
  item: AgendaItemView;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm<{ durationMinutes: number | string }>({
    initialValues: { durationMinutes: item.durationMinutes },
  });
  const [seen, setSeen] = useState(item.durationMinutes);
  if (seen !== item.durationMinutes) {
    setSeen(item.durationMinutes);
    form.setValues({ durationMinutes: item.durationMinutes });
  }
  const write = useProgramWrite(
    cid,
    (durationMinutes: number) => programWrites.updateItem(cid, item, { durationMinutes }),
    { form, onSuccess: () => form.clearErrors() },
  );
  const save = () => {
    const value = form.values.durationMinutes;
    const n = typeof value === 'number' ? value : Number(value);
    if (n === item.durationMinutes) return;
    write.mutate(value === '' ? Number.NaN : n);
  };
  const error = form.errors.durationMinutes ?? (write.error && !write.conflict ? write.error : null);
  return (
    <NumberInput
      w={disabled ? 70 : 84}
      size="xs"
      value={form.values.durationMinutes}
      onChange={(v) => form.setFieldValue('durationMinutes', v)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
      }}
      allowDecimal={false}
      rightSection={<Text size="xs">{t('prog.page.minutes')}</Text>}
      rightSectionWidth={30}
      hideControls
      disabled={disabled}
      aria-label={t('prog.page.duration', { number: item.number })}
      error={error}
      title={typeof error === 'string' ? error : undefined}
    />
  );
}
