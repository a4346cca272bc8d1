import { NumberInput, Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { QuotaGridView } from '../../../shared/schemas/quotas';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { quotasKey } from '../nominations/queries';
import { transferQuota } from './queries';

type Values = {
  awardFormId: string | null;
  fromUnitId: string | null;
  toUnitId: string | null;
  count: number | string;
  reason: string;
};

/** Nhả và phân bổ lại chỉ tiêu: unused quota of one form moves from one unit to another (audited). */
export function TransferModal({
  conferenceId,
  grid,
  onClose,
}: {
  conferenceId: string;
  grid: QuotaGridView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<Values>({
    initialValues: { awardFormId: null, fromUnitId: null, toUnitId: null, count: 1, reason: '' },
  });
  const transfer = useApiMutation({
    mutationFn: (v: Values) =>
      transferQuota(conferenceId, {
        awardFormId: v.awardFormId ?? '',
        fromUnitId: v.fromUnitId ?? '',
        toUnitId: v.toUnitId ?? '',
        count: Number(v.count),
        reason: v.reason,
      }),
    form,
    successMessage: t('nom.quota.transferred'),
    onSuccess: (next) => {
      qc.setQueryData(quotasKey(conferenceId), next);
      onClose();
    },
  });
  const { awardFormId: formId, fromUnitId: fromId, toUnitId: toId } = form.values;
  const unused = (unitId: string) => {
    const c = grid.cells.find((x) => x.unitId === unitId && x.awardFormId === formId);
    return c ? Math.max(0, c.count - c.used) : 0;
  };
  const fromUnits = formId ? grid.units.filter((u) => unused(u.id) > 0) : [];

  return (
    <FormModal
      title={t('nom.quota.transferTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((v) => transfer.mutate(v))}
      saving={transfer.isPending}
      error={transfer.error}
      saveLabel={t('nom.quota.transfer')}
      saveDisabled={!formId || !fromId || !toId}
    >
      <Select
        label={t('nom.quota.transferForm')}
        required
        data={grid.forms.map((f) => ({ value: f.id, label: f.name }))}
        {...form.getInputProps('awardFormId')}
        onChange={(v) => {
          form.setFieldValue('awardFormId', v);
          form.setFieldValue('fromUnitId', null);
        }}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('nom.quota.transferFrom')}
        required
        disabled={!formId}
        data={fromUnits.map((u) => ({ value: u.id, label: `${u.name} (${unused(u.id)})` }))}
        {...form.getInputProps('fromUnitId')}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      {fromId && (
        <Text size="sm" c="dimmed">
          {t('nom.quota.transferUnused', { count: unused(fromId) })}
        </Text>
      )}
      <Select
        label={t('nom.quota.transferTo')}
        required
        data={grid.units.filter((u) => u.id !== fromId).map((u) => ({ value: u.id, label: u.name }))}
        {...form.getInputProps('toUnitId')}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <NumberInput
        label={t('nom.quota.transferCount')}
        required
        min={1}
        max={fromId ? unused(fromId) : undefined}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('count')}
      />
      <Textarea
        label={t('nom.quota.transferReason')}
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
