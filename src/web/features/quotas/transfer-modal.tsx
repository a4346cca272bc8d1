import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuotaGridView } from '../../../shared/schemas/quotas';
import { ApiError, api } from '../../lib/api';
import { quotasKey } from '../nominations/queries';

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
  const [formId, setFormId] = useState<string | null>(null);
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const [count, setCount] = useState<number | string>(1);
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const unused = (unitId: string) => {
    const c = grid.cells.find((x) => x.unitId === unitId && x.awardFormId === formId);
    return c ? Math.max(0, c.count - c.used) : 0;
  };
  const fromUnits = formId ? grid.units.filter((u) => unused(u.id) > 0) : [];

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setFields({});
    setError(null);
    try {
      const next = await api<QuotaGridView>('POST', `/api/conferences/${conferenceId}/quotas/transfer`, {
        awardFormId: formId ?? '',
        fromUnitId: fromId ?? '',
        toUnitId: toId ?? '',
        count: Number(count),
        reason,
      });
      qc.setQueryData(quotasKey(conferenceId), next);
      void qc.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({ color: 'green', message: t('nom.quota.transferred') });
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.fields);
        setError(err.message);
      } else setError(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('nom.quota.transferTitle')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Select
            label={t('nom.quota.transferForm')}
            required
            data={grid.forms.map((f) => ({ value: f.id, label: f.name }))}
            value={formId}
            onChange={(v) => {
              setFormId(v);
              setFromId(null);
            }}
            error={fields.awardFormId}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('nom.quota.transferFrom')}
            required
            disabled={!formId}
            data={fromUnits.map((u) => ({ value: u.id, label: `${u.name} (${unused(u.id)})` }))}
            value={fromId}
            onChange={setFromId}
            error={fields.fromUnitId}
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
            value={toId}
            onChange={setToId}
            error={fields.toUnitId}
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
            value={count}
            onChange={setCount}
            error={fields.count}
          />
          <Textarea
            label={t('nom.quota.transferReason')}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fields.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={!formId || !fromId || !toId}>
              {t('nom.quota.transfer')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
