import { Alert, Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type CheckInResultView,
  type DelegateView,
  delegateInputSchema,
  walkInSchema,
} from '../../../shared/schemas/delegates';
import type { DelegateRules } from '../../../shared/schemas/plan';
import { ModalActions } from '../../components/modal-actions';
import { useApiMutation } from '../../lib/use-api-mutation';
import { DelegateFields, type DelegateFormValues, initialDelegateValues } from './delegate-fields';
import { applyCheckIn, delegateApi, delegateListKey, storeDelegate } from './queries';

/**
 * Thêm / sửa đại biểu (the secretary), or a walk-in guest at the door (reception: fewer fields,
 * added and checked in at once).
 */
export function DelegateModal({
  cid,
  rules,
  mode,
  delegate,
  opened,
  onClose,
  onWalkIn,
}: {
  cid: string;
  rules: DelegateRules;
  mode: 'create' | 'edit' | 'walk-in';
  delegate?: DelegateView | null;
  opened: boolean;
  onClose: () => void;
  onWalkIn?: (r: CheckInResultView) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const walkIn = mode === 'walk-in';
  const form = useForm<DelegateFormValues>({
    initialValues: initialDelegateValues(rules, delegate ?? null),
    validate: schemaResolver(walkIn ? walkInSchema : delegateInputSchema, { sync: true }),
  });
  const save = useApiMutation({
    mutationFn: async (values: DelegateFormValues) => {
      if (walkIn) {
        const { email: _e, attributes: _a, ...body } = values;
        const r = await delegateApi.walkIn(cid, body);
        applyCheckIn(qc, cid, { delegateId: r.delegate.id, checkIn: r.checkIn });
        onWalkIn?.(r);
        return;
      }
      const d =
        delegate && mode === 'edit'
          ? await delegateApi.update(cid, delegate, values)
          : await delegateApi.create(cid, values);
      storeDelegate(qc, cid, d);
    },
    invalidate: [delegateListKey(cid)],
    form,
    successMessage: walkIn ? undefined : t('del.form.saved'),
    onSuccess: onClose,
  });

  const title =
    mode === 'edit' ? t('del.form.editTitle') : walkIn ? t('del.reception.walkIn') : t('del.form.addTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="sm">
          {save.error && <Alert color="red">{save.error}</Alert>}
          <DelegateFields form={form} rules={rules} full={!walkIn} />
          <ModalActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
