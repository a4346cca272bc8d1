import { Select, Switch, Text, TextInput } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  COUNCIL_POSITIONS,
  type CouncilAccountListView,
  type CouncilMemberView,
  councilMemberInputSchema,
} from '../../../shared/schemas/review';
import { FormModal } from '../../components/form-modal';
import { canIn } from '../../lib/actor';
import { useRequiredMe } from '../../lib/session';
import { useEditForm } from '../../lib/use-edit-form';
import { useGet } from '../../lib/use-get';
import { councilKey, reviewApi } from './queries';

type Values = z.input<typeof councilMemberInputSchema>;

const toValues = (m: CouncilMemberView | null, defaultTerm: string): Values => ({
  term: m?.term ?? defaultTerm,
  fullName: m?.fullName ?? '',
  position: m?.position ?? 'member',
  userId: m?.userId ?? null,
  unitId: m?.unitId ?? null,
  active: m?.active ?? true,
});

/** Thêm/sửa thành viên Hội đồng; the seat's login is picked by name (review.manage only). */
export function MemberModal({
  orgId,
  member,
  defaultTerm,
  units,
  onClose,
}: {
  orgId: string;
  member: CouncilMemberView | null;
  defaultTerm: string;
  units: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useRequiredMe();
  // Who manages the council links seats to logins (names and usernames only).
  const canLink = canIn(me, 'review.manage', orgId);
  const users = useGet<CouncilAccountListView>(
    ['council-accounts', orgId],
    `/api/organizations/${orgId}/council-accounts`,
    { enabled: canLink },
  );
  const { form, save, bodyProps } = useEditForm({
    item: member,
    toValues: (m) => toValues(m, defaultTerm),
    validate: schemaResolver(councilMemberInputSchema, { sync: true }),
    save: (v, version) => reviewApi.saveMember(orgId, member, v, version),
    invalidate: [councilKey(orgId)],
    successMessage: t('rev.council.saved'),
    onSuccess: onClose,
  });

  return (
    <FormModal
      title={member ? t('rev.council.editTitle', { name: member.fullName }) : t('rev.council.addTitle')}
      onClose={onClose}
      {...bodyProps((c) => (
        <Text size="sm">
          {c.fullName} · {t(`rev.position.${c.position}`)} · {c.term}
        </Text>
      ))}
    >
      <TextInput label={t('rev.council.term')} required {...form.getInputProps('term')} />
      <TextInput label={t('rev.council.fullName')} required {...form.getInputProps('fullName')} />
      <Select
        label={t('rev.council.position')}
        required
        data={COUNCIL_POSITIONS.map((p) => ({ value: p, label: t(`rev.position.${p}`) }))}
        allowDeselect={false}
        {...form.getInputProps('position')}
      />
      <Select
        label={t('rev.council.unit')}
        data={units}
        clearable
        searchable
        {...form.getInputProps('unitId')}
      />
      {canLink ? (
        <Select
          label={t('rev.council.account')}
          description={t('rev.council.accountHelp')}
          data={(users.data?.items ?? []).map((u) => ({
            value: u.id,
            label: `${u.fullName} (${u.username})`,
          }))}
          clearable
          searchable
          {...form.getInputProps('userId')}
        />
      ) : (
        <Text size="sm">
          {t('rev.council.account')}:{' '}
          <b>{form.values.userId ? t('rev.council.accountLinked') : t('rev.council.accountNone')}</b>
        </Text>
      )}
      <Switch
        label={t('rev.council.active')}
        size="md"
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
