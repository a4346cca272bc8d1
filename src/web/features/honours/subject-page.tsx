import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { HonourView, SubjectView } from '../../../shared/schemas/honours';
import { ConflictAlert } from '../../components/conflict-alert';
import { ErrorAlert } from '../../components/form-modal';
import { ErrorState, PageLoader } from '../../components/page-state';
import { canIn } from '../../lib/actor';
import { useCurrentOrg } from '../../lib/current-org';
import { useRequiredMe } from '../../lib/session';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { RevokeModal } from './honour-modals';
import { HonoursTable } from './honours-table';
import { honoursKey, setDiscipline, unmergeSubject, useSubjectPage } from './queries';

/** "Nguyễn Thị Hường · sinh năm 1968 · Tổ dân phố 5" */
function SubjectLine({ s }: { s: SubjectView }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed">
      {[
        t(`honours.kind.${s.kind}`),
        s.birthYear ? t('honours.subject.born', { year: s.birthYear }) : null,
        s.unitName ? t('honours.subject.unitLabel', { unit: s.unitName }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </Text>
  );
}

/** A person's or collective's page: every honour in year order, merged records ("Tách"), the discipline flag. */
export function SubjectPage() {
  const { t } = useTranslation();
  const { subjectId = '' } = useParams();
  const me = useRequiredMe();
  const { organization } = useCurrentOrg();
  const orgId = organization?.id ?? '';
  const page = useSubjectPage(orgId, subjectId);
  const [revoking, setRevoking] = useState<HonourView | null>(null);
  const unmerge = useApiMutation({
    mutationFn: (id: string) => unmergeSubject(orgId, id),
    invalidate: [honoursKey(orgId)],
    successMessage: t('honours.subject.unmerged'),
  });
  usePageTitle(page.data?.subject.name ?? t('honours.register.title'));
  if (!organization || page.isLoading) return <PageLoader />;
  if (page.error || !page.data) return <ErrorState error={page.error} onRetry={() => page.refetch()} />;
  const { subject, merged, honours } = page.data;
  const manage = canIn(me, 'honour.manage', orgId);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/honours" size="sm">
        {t('honours.subject.back')}
      </Anchor>
      <div>
        <Group gap="xs">
          <Title order={1} fz={26}>
            {subject.name}
          </Title>
          {subject.disciplinePending && <Badge color="red">{t('honours.subject.disciplineBadge')}</Badge>}
        </Group>
        <SubjectLine s={subject} />
      </div>

      <Title order={2} fz="lg">
        {t('honours.subject.honours')}
      </Title>
      {honours.length === 0 ? (
        <Alert color="gray">{t('honours.subject.noHonours')}</Alert>
      ) : (
        <HonoursTable items={honours} onRevoke={manage ? setRevoking : undefined} />
      )}

      {merged.length > 0 && (
        <Card withBorder>
          <Title order={2} fz="lg">
            {t('honours.subject.merged')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('honours.subject.mergedHelp')}
          </Text>
          <ErrorAlert error={unmerge.error} />
          <Stack gap="xs">
            {merged.map((m) => (
              <Group key={m.id} justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Text fw={600}>{m.name}</Text>
                  <SubjectLine s={m} />
                </div>
                {manage && (
                  <Button
                    variant="light"
                    size="compact-sm"
                    loading={unmerge.isPending && unmerge.variables === m.id}
                    onClick={() => unmerge.mutate(m.id)}
                    aria-label={t('honours.subject.unmergeAria', { name: m.name, unit: m.unitName })}
                  >
                    {t('honours.subject.unmerge')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        </Card>
      )}

      <DisciplineCard key={subject.version} orgId={orgId} subject={subject} canEdit={manage} />
      {revoking && <RevokeModal orgId={orgId} honour={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}

/** Đang xem xét kỷ luật: a switch and a note, saved with the version (409 when someone saved first). */
function DisciplineCard({
  orgId,
  subject,
  canEdit,
}: {
  orgId: string;
  subject: SubjectView;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { disciplinePending: subject.disciplinePending, disciplineNote: subject.disciplineNote },
  });
  const save = useApiMutation<typeof form.values, SubjectView, SubjectView>({
    mutationFn: (v) => setDiscipline(orgId, subject.id, { ...v, version: subject.version }),
    invalidate: [honoursKey(orgId)],
    form,
    successMessage: t('honours.subject.disciplineSaved'),
  });
  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack gap="sm">
          {save.conflict && (
            <ConflictAlert
              current={<Text size="sm">{save.conflict.disciplineNote}</Text>}
              onReload={() => save.clearConflict()}
            />
          )}
          <ErrorAlert error={save.error} />
          <Switch
            label={t('honours.subject.discipline')}
            description={t('honours.subject.disciplineHelp')}
            disabled={!canEdit}
            {...form.getInputProps('disciplinePending', { type: 'checkbox' })}
          />
          <TextInput
            label={t('honours.subject.disciplineNote')}
            disabled={!canEdit}
            {...form.getInputProps('disciplineNote')}
          />
          {canEdit && (
            <Group>
              <Button type="submit" loading={save.isPending} variant="light">
                {t('honours.subject.disciplineSave')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
