import { Alert, Modal, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CheckInResultView, DelegateView } from '../../../shared/schemas/delegates';
import { DELEGATE_ATTRIBUTES, type DelegateAttribute } from '../../../shared/schemas/enums';
import type { DelegateRules } from '../../../shared/schemas/plan';
import { ModalActions } from '../../components/modal-actions';
import { api } from '../../lib/api';
import { useApiForm } from '../../lib/use-api-form';
import { apiBase, applyCheckIn, invalidateDelegates, storeDelegate } from './queries';

type Values = {
  category: string;
  subgroup: string;
  fullName: string;
  gender: 'male' | 'female' | null;
  attributes: DelegateAttribute[];
  title: string;
  unitName: string;
  seatGroup: string;
  phone: string;
  email: string;
  note: string;
};

const guestCategory = (rules: DelegateRules) =>
  (rules.categories.find((c) => !c.fromHonorees) ?? rules.categories[0])?.key ?? '';

function initial(rules: DelegateRules, d: DelegateView | null): Values {
  return {
    category: d?.category ?? guestCategory(rules),
    subgroup: d?.subgroup ?? '',
    fullName: d?.fullName ?? '',
    gender: d?.gender ?? null,
    attributes: d?.attributes ?? [],
    title: d?.title ?? '',
    unitName: d?.unitName ?? '',
    seatGroup: d?.seatGroup ?? '',
    phone: d?.phone ?? '',
    email: d?.email ?? '',
    note: d?.note ?? '',
  };
}

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
  const { values, set, errors, message, saving, submitWith } = useApiForm<Values>(() =>
    initial(rules, delegate ?? null),
  );
  const category = rules.categories.find((c) => c.key === values.category);
  const full = mode !== 'walk-in';

  const submit = submitWith(async () => {
    if (mode === 'walk-in') {
      const { email: _e, attributes: _a, ...walkIn } = values;
      const r = await api<CheckInResultView>('POST', `${apiBase(cid)}/checkins/walk-in`, walkIn);
      applyCheckIn(qc, cid, { delegateId: r.delegate.id, checkIn: r.checkIn });
      invalidateDelegates(qc, cid);
      onWalkIn?.(r);
    } else if (mode === 'create') {
      storeDelegate(qc, cid, await api<DelegateView>('POST', `${apiBase(cid)}/delegates`, values));
      notifications.show({ color: 'green', message: t('del.form.saved') });
    } else if (delegate) {
      const body = { ...values, unitId: delegate.unitId, version: delegate.version };
      storeDelegate(qc, cid, await api<DelegateView>('PUT', `${apiBase(cid)}/delegates/${delegate.id}`, body));
      notifications.show({ color: 'green', message: t('del.form.saved') });
    }
    onClose();
  });

  const title =
    mode === 'edit'
      ? t('del.form.editTitle')
      : mode === 'walk-in'
        ? t('del.reception.walkIn')
        : t('del.form.addTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {message && <Alert color="red">{message}</Alert>}
          <Select
            label={t('del.form.category')}
            data={rules.categories.map((c) => ({ value: c.key, label: c.label }))}
            value={values.category}
            onChange={(v) => {
              set('category', v ?? '');
              set('subgroup', '');
            }}
            error={errors.category}
            allowDeselect={false}
            required
          />
          {category && category.subgroups.length > 0 && (
            <Select
              label={t('del.form.subgroup')}
              data={category.subgroups}
              value={values.subgroup || null}
              onChange={(v) => set('subgroup', v ?? '')}
              error={errors.subgroup}
              clearable
            />
          )}
          <TextInput
            label={t('del.form.fullName')}
            value={values.fullName}
            onChange={(e) => set('fullName', e.currentTarget.value)}
            error={errors.fullName}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('del.form.gender')}
              data={[
                { value: 'male', label: t('del.gender.male') },
                { value: 'female', label: t('del.gender.female') },
              ]}
              value={values.gender}
              onChange={(v) => set('gender', (v as Values['gender']) ?? null)}
              error={errors.gender}
              clearable
            />
            <TextInput
              label={t('del.form.seatGroup')}
              value={values.seatGroup}
              onChange={(e) => set('seatGroup', e.currentTarget.value)}
              error={errors.seatGroup}
            />
            <TextInput
              label={t('del.form.title')}
              value={values.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={errors.title}
            />
            <TextInput
              label={t('del.form.unitName')}
              value={values.unitName}
              onChange={(e) => set('unitName', e.currentTarget.value)}
              error={errors.unitName}
            />
            <TextInput
              label={t('del.form.phone')}
              type="tel"
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={errors.phone}
            />
            {full && (
              <TextInput
                label={t('del.form.email')}
                type="email"
                value={values.email}
                onChange={(e) => set('email', e.currentTarget.value)}
                error={errors.email}
              />
            )}
          </SimpleGrid>
          {full && (
            <MultiSelect
              label={t('del.form.attributes')}
              data={DELEGATE_ATTRIBUTES.filter((a) => a !== 'female').map((a) => ({
                value: a,
                label: t(`del.attribute.${a}`),
              }))}
              value={values.attributes}
              onChange={(v) => set('attributes', v as DelegateAttribute[])}
              error={errors.attributes}
            />
          )}
          <Textarea
            label={t('del.form.note')}
            value={values.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={1}
          />
          <ModalActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  );
}
