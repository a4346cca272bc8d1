import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MovementRegistrationInput,
  type MovementRegistrationView,
  type MovementView,
  movementRegistrationInputSchema,
} from '../../../shared/schemas/movements';
import { DateField } from '../../components/date-field';
import { ErrorAlert, FormModal } from '../../components/form-modal';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useEditForm } from '../../lib/use-edit-form';
import { useUnits } from '../units/queries';
import {
  createRegistration,
  deleteRegistration,
  movementKey,
  movementsKey,
  updateRegistration,
} from './queries';

type Props = {
  organizationId: string;
  movement: MovementView;
  registration: MovementRegistrationView | null;
  onClose: () => void;
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Đăng ký thi đua: the unit (a unit head sees only their own: the units list is theirs), what it
 * commits to, the date, and the result for who manages the register.
 */
export function RegistrationModal({ organizationId, movement, registration, onClose }: Props) {
  const { t } = useTranslation();
  const units = useUnits(organizationId);
  const taken = new Set(movement.registrations.map((r) => r.unitId));
  const choices = (units.data?.items ?? [])
    .filter((u) => u.id === registration?.unitId || !taken.has(u.id))
    .map((u) => ({ value: u.id, label: u.name }));
  const canResult = registration ? registration.permissions.canEditResult : movement.permissions.canEdit;
  const toValues = (r: MovementRegistrationView | null): MovementRegistrationInput => ({
    unitId: r?.unitId ?? (choices.length === 1 ? choices[0]!.value : ''),
    commitment: r?.commitment ?? '',
    registeredOn: r?.registeredOn ?? today(),
    result: r?.result ?? '',
  });
  const { form, bodyProps } = useEditForm({
    item: registration,
    toValues,
    validate: schemaResolver(movementRegistrationInputSchema, { sync: true }),
    save: async (v, version) => {
      const saved = registration
        ? await updateRegistration(organizationId, movement.id, registration.id, v, version)
        : await createRegistration(organizationId, movement.id, v);
      return saved.registrations.find((r) => r.unitId === v.unitId) ?? registration!;
    },
    invalidate: [movementsKey(organizationId), movementKey(organizationId, movement.id)],
    successMessage: t('mov.registrations.saved'),
    onSuccess: onClose,
  });
  // a unit head has one unit to choose: it is chosen once the units have loaded
  const only = choices.length === 1 ? choices[0]!.value : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: set once, when the only choice appears
  useEffect(() => {
    if (only && !form.values.unitId) form.setFieldValue('unitId', only);
  }, [only]);

  return (
    <FormModal
      title={registration ? t('mov.registrations.editTitle') : t('mov.registrations.addTitle')}
      size="lg"
      onClose={onClose}
      {...bodyProps((c) => (
        <Text size="sm">
          {c.unitName} · {formatDate(c.registeredOn)} · {c.commitment}
        </Text>
      ))}
    >
      <Text fw={600}>{movement.name}</Text>
      <Select
        label={t('mov.registrations.unit')}
        data={choices}
        required
        searchable
        allowDeselect={false}
        {...form.getInputProps('unitId')}
      />
      <Textarea
        label={t('mov.registrations.commitment')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('commitment')}
      />
      <DateField
        label={t('mov.registrations.registeredOn')}
        required
        value={form.values.registeredOn}
        onChange={(v) => form.setFieldValue('registeredOn', v ?? '')}
        error={form.errors.registeredOn}
      />
      {canResult && (
        <Textarea
          label={t('mov.registrations.result')}
          description={t('mov.registrations.resultHelp')}
          autosize
          minRows={2}
          {...form.getInputProps('result')}
        />
      )}
    </FormModal>
  );
}

/** Hủy đăng ký thi đua, confirmed. */
export function WithdrawModal({
  organizationId,
  movement,
  registration,
  onClose,
}: Props & { registration: MovementRegistrationView }) {
  const { t } = useTranslation();
  const remove = useApiMutation({
    mutationFn: () => deleteRegistration(organizationId, movement.id, registration),
    invalidate: [movementsKey(organizationId), movementKey(organizationId, movement.id)],
    successMessage: t('mov.registrations.deleted'),
    onSuccess: onClose,
  });
  return (
    <Modal opened onClose={onClose} title={t('mov.registrations.deleteTitle')} centered>
      <Stack>
        <Text>{t('mov.registrations.deleteQuestion', { unit: registration.unitName })}</Text>
        <ErrorAlert error={remove.error ?? (remove.conflict !== null ? t('errors.conflictTitle') : null)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => remove.mutate(undefined)} loading={remove.isPending}>
            {t('mov.registrations.withdraw')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
