import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_TYPES, type UnitType } from '../../../shared/schemas/enums';
import type { UnitView } from '../../../shared/schemas/organizations';
import { ConflictAlert } from '../../components/conflict-alert';
import { ApiError, api } from '../../lib/api';

type Values = { name: string; type: UnitType; headName: string; phone: string; sortOrder: number | string };

const toValues = (u: UnitView | null): Values => ({
  name: u?.name ?? '',
  type: u?.type ?? 'residential_group',
  headName: u?.headName ?? '',
  phone: u?.phone ?? '',
  sortOrder: u?.sortOrder ?? 0,
});

type Props = { organizationId: string; unit: UnitView | null; onClose: () => void };

/** Thêm/sửa đơn vị, with the server's per-field messages and the stale-edit conflict. */
export function UnitModal({ organizationId, unit, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(unit?.version ?? 0);
  const [conflict, setConflict] = useState<UnitView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({ initialValues: toValues(unit) });

  const submit = form.onSubmit(async (v) => {
    setError(null);
    setConflict(null);
    setSaving(true);
    const body = { ...v, sortOrder: Number(v.sortOrder) || 0 };
    try {
      if (unit) await api('PUT', `/api/units/${unit.id}`, { ...body, version });
      else await api('POST', `/api/organizations/${organizationId}/units`, body);
      await queryClient.invalidateQueries({ queryKey: ['units', organizationId] });
      notifications.show({ color: 'green', message: t('units.saved') });
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.isConflict) setConflict(err.current as UnitView);
      else if (err instanceof ApiError) {
        form.setErrors(err.fields);
        setError(err.message);
      } else setError(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={unit ? t('units.editTitle') : t('units.addTitle')}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {conflict && (
            <ConflictAlert
              current={
                <Text size="sm">
                  {conflict.name} · {t(`unitType.${conflict.type}`)} · {conflict.headName} {conflict.phone}
                </Text>
              }
              onReload={() => {
                form.setValues(toValues(conflict));
                setVersion(conflict.version);
                setConflict(null);
                void queryClient.invalidateQueries({ queryKey: ['units', organizationId] });
              }}
            />
          )}
          {error && !conflict && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput label={t('units.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('units.type')}
            data={UNIT_TYPES.map((v) => ({ value: v, label: t(`unitType.${v}`) }))}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('units.headName')} {...form.getInputProps('headName')} />
            <TextInput label={t('units.phone')} type="tel" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <NumberInput
            label={t('units.sortOrder')}
            min={0}
            allowDecimal={false}
            {...form.getInputProps('sortOrder')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function DeleteUnitModal({ organizationId, unit, onClose }: Props & { unit: UnitView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const remove = async () => {
    setSaving(true);
    setError(null);
    try {
      await api('DELETE', `/api/units/${unit.id}?version=${unit.version}`);
      await queryClient.invalidateQueries({ queryKey: ['units', organizationId] });
      notifications.show({ message: t('units.deleted') });
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.generic'));
      if (err instanceof ApiError && err.isConflict) {
        void queryClient.invalidateQueries({ queryKey: ['units', organizationId] });
      }
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('common.confirmDelete')} centered>
      <Stack>
        <Text>{t('common.deleteQuestion', { name: unit.name })}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void remove()} loading={saving}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
