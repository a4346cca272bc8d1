import { Anchor, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { MovementView } from '../../../shared/schemas/movements';
import { ErrorAlert } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { SectionCard } from '../../components/section-card';
import { useCurrentOrg } from '../../lib/current-org';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { programPath } from '../program/queries';
import { MovementModal } from './movement-modal';
import { MethodBadge, usePeriod } from './parts';
import { deleteMovement, movementsKey, movementsPath, useMovement } from './queries';
import { RegistrationsCard } from './registrations-card';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** Where and by what it was launched: the document, the conference and its agenda item (a link to the program). */
function LaunchFacts({ m }: { m: MovementView }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Fact label={t('mov.field.scope')}>{t(`mov.scope.${m.scope}`)}</Fact>
      <Fact label={t('mov.field.launchLevel')}>{t(`mov.launchLevel.${m.launchLevel}`)}</Fact>
      {m.launchDocument && <Fact label={t('mov.field.launchDocument')}>{m.launchDocument}</Fact>}
      {m.launchConferenceId && (
        <Fact label={t('mov.launchedAt')}>
          {m.launchConferenceName}
          {m.launchAgendaItemTitle && (
            <>
              {' — '}
              <Anchor component={Link} to={programPath(m.launchConferenceId)} data-testid="launch-item">
                {m.launchAgendaItemTitle}
              </Anchor>
            </>
          )}
        </Fact>
      )}
    </SimpleGrid>
  );
}

/** Một phong trào thi đua: facts, the launch, the units' registrations and the results. */
export function MovementDetailPage() {
  const { t } = useTranslation();
  const { movementId = '' } = useParams();
  const { organization } = useCurrentOrg();
  const navigate = useNavigate();
  const movement = useMovement(organization?.id, movementId);
  const period = usePeriod();
  const [editing, setEditing] = useState<'edit' | 'delete' | null>(null);
  const orgId = organization?.id ?? '';
  const remove = useApiMutation({
    mutationFn: (m: MovementView) => deleteMovement(orgId, m),
    invalidate: [movementsKey(orgId)],
    successMessage: t('mov.deleted'),
    onSuccess: () => navigate(movementsPath),
  });
  usePageTitle(movement.data?.name ?? t('mov.title'));
  if (movement.isLoading || !organization) return <PageLoader />;
  if (movement.error || !movement.data)
    return <ErrorState error={movement.error} onRetry={() => movement.refetch()} />;
  const m = movement.data;

  return (
    <Stack>
      <Anchor component={Link} to={movementsPath} size="sm">
        ← {t('mov.back')}
      </Anchor>
      <PageHeader
        title={m.name}
        help={
          <Group gap={6} component="span">
            <MethodBadge method={m.method} />
            <span>{period(m)}</span>
          </Group>
        }
        actions={
          m.permissions.canEdit && (
            <Group gap="xs">
              <Button variant="light" onClick={() => setEditing('edit')}>
                {t('common.edit')}
              </Button>
              <Button variant="subtle" color="red" onClick={() => setEditing('delete')}>
                {t('common.delete')}
              </Button>
            </Group>
          )
        }
      />
      <SectionCard id="sec-movement" title={t('mov.field.description')}>
        <Stack gap="sm">
          {m.description && <Text style={{ overflowWrap: 'anywhere' }}>{m.description}</Text>}
          <LaunchFacts m={m} />
          <Text size="sm" c="dimmed">
            {t('mov.counts', {
              registrations: m.registrations.length,
              honours: m.honourCount,
              nominations: m.nominationCount,
            })}
          </Text>
        </Stack>
      </SectionCard>
      <RegistrationsCard organizationId={orgId} movement={m} />
      <SectionCard
        id="sec-results"
        title={t('mov.results.title')}
        aside={
          m.permissions.canEdit && (
            <Button size="sm" variant="light" onClick={() => setEditing('edit')}>
              {t('mov.results.edit')}
            </Button>
          )
        }
      >
        <Text
          c={m.resultSummary ? undefined : 'dimmed'}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {m.resultSummary || t('mov.results.empty')}
        </Text>
      </SectionCard>
      {editing === 'edit' && (
        <MovementModal organizationId={orgId} movement={m} onClose={() => setEditing(null)} />
      )}
      <Modal
        opened={editing === 'delete'}
        onClose={() => setEditing(null)}
        title={t('common.confirmDelete')}
        centered
      >
        <Stack>
          <Text>{t('common.deleteQuestion', { name: m.name })}</Text>
          <ErrorAlert error={remove.error ?? (remove.conflict !== null ? t('errors.conflictTitle') : null)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEditing(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(m)}>
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
