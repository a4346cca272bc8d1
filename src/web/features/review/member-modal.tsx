import { Select, Switch, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  COUNCIL_POSITIONS,
  type CouncilAccountListView,
  type CouncilMemberView,
  councilMemberInputSchema,
} from '../../../shared/schemas/review';
import { ConflictAlert } from '../../components/conflict-alert';
import { canIn } from '../../lib/actor';
import { apiGet } from '../../lib/api';
import { useRequiredMe } from '../../lib/session';
import { useApiMutation } from '../../lib/use-api-mutation';
import { FormModal } from './form-shell';
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
  const users = useQuery({
    queryKey: ['council-accounts', orgId],
    queryFn: () => apiGet<CouncilAccountListView>(`/api/organizations/${orgId}/council-accounts`),
    enabled: canLink,
  });
  const [version, setVersion] = useState(member?.version ?? 0);
  const form = useForm<Values>({
    initialValues: toValues(member, defaultTerm),
    validate: schemaResolver(councilMemberInputSchema, { sync: true }),
  });
  const save = useApiMutation<Values, CouncilMemberView, CouncilMemberView>({
    mutationFn: (v) => reviewApi.saveMember(orgId, member, v, version),
    invalidate: [councilKey(orgId)],
    form,
    successMessage: t('rev.council.saved'),
    onSuccess: onClose,
  });
  const conflict = save.conflict;

  return (
    <FormModal
      title={member ? t('rev.council.editTitle', { name: member.fullName }) : t('rev.council.addTitle')}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      onCancel={onClose}
      error={save.error}
      saving={save.isPending}
      top={
        conflict && (
          <ConflictAlert
            current={
              <Text size="sm">
                {conflict.fullName} · {t(`rev.position.${conflict.position}`)} · {conflict.term}
              </Text>
            }
            onReload={() => {
              form.setValues(toValues(conflict, defaultTerm));
              setVersion(conflict.version);
              save.clearConflict();
            }}
          />
        )
      }
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
