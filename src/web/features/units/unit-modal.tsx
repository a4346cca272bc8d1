import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UNIT_TYPES } from '../../../shared/schemas/enums';
import { type UnitInput, type UnitView, unitInputSchema } from '../../../shared/schemas/organizations';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useEditForm } from '../../lib/use-edit-form';
import { createUnit, deleteUnit, unitsKey, updateUnit } from './queries';

const toValues = (u: UnitView | null): UnitInput => ({
  name: u?.name ?? '',
  type: u?.type ?? 'residential_group',
  headName: u?.headName ?? '',
  phone: u?.phone ?? '',
});

type Props = { organizationId: string; unit: UnitView | null; onClose: () => void };

/** Thêm/sửa đơn vị, with the server's per-field messages and the stale-edit conflict. */
export function UnitModal({ organizationId, unit, onClose }: Props) {
  const { t } = useTranslation();
  const { form, save, bodyProps } = useEditForm({
    item: unit,
    toValues,
    validate: schemaResolver(unitInputSchema, { sync: true }),
    // the place in the list is changed with the move buttons; a new unit goes last
    save: (v, version) => (unit ? updateUnit(unit.id, { ...v, version }) : createUnit(organizationId, v)),
    invalidate: [unitsKey(organizationId)],
    successMessage: t('units.saved'),
    onSuccess: onClose,
  });

  return (
    <FormModal
      title={unit ? t('units.editTitle') : t('units.addTitle')}
      size="lg"
      onClose={onClose}
      {...bodyProps((c) => (
        <Text size="sm">
          {c.name} · {t(`unitType.${c.type}`)} · {c.headName} {c.phone}
        </Text>
      ))}
    >
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
    </FormModal>
  );
}

export function DeleteUnitModal({ organizationId, unit, onClose }: Props & { unit: UnitView }) {
  const { t } = useTranslation();
  const remove = useApiMutation({
    mutationFn: () => deleteUnit(unit),
    invalidate: [unitsKey(organizationId)],
    successMessage: t('units.deleted'),
    onSuccess: onClose,
  });
  const error = remove.error ?? (remove.conflict !== null ? t('errors.conflictTitle') : null);
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
          <Button color="red" onClick={() => remove.mutate(undefined)} loading={remove.isPending}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
