import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ConferenceSummaryView, ConferenceView } from '../../../shared/schemas/conferences';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, apiGet } from '../../lib/api';
import { useCurrentOrg } from '../../lib/current-org';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { NextStepsPanel } from './next-steps-panel';
import { conferencesKey, createConference, useConferences } from './queries';

/** Copies a conference's plan into a new conference of the same organizer (Chị Hà's first step). */
function useCopyConference() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const copyMutation = useApiMutation({
    mutationFn: async (c: ConferenceSummaryView) => {
      const source = await apiGet<ConferenceView>(`/api/conferences/${c.id}`);
      const plan = {
        ...source.plan,
        name: `${source.plan.name}${t('conferences.copySuffix')}`,
        documentNumber: null,
        signedAt: null,
      };
      return createConference(c.organizationId, plan);
    },
    invalidate: [conferencesKey],
    successMessage: t('conferences.copied'),
    onSuccess: (created) => navigate(`/conferences/${created.id}/plan`),
  });
  const copy = (c: ConferenceSummaryView) =>
    copyMutation.mutate(c, {
      onError: (err) =>
        notifications.show({
          color: 'red',
          message: err instanceof ApiError ? err.message : t('errors.generic'),
        }),
    });
  return { copy, copying: copyMutation.isPending ? (copyMutation.variables?.id ?? null) : null };
}

export function ConferencesPage() {
  const { t } = useTranslation();
  const { data, isLoading, error, refetch } = useConferences();
  const { organizations } = useCurrentOrg();
  const { copy, copying } = useCopyConference();
  usePageTitle(t('conferences.title'));
  if (isLoading) return <PageLoader />;
  if (error || !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  const canCreateIn = (orgId: string) =>
    organizations.find((o) => o.id === orgId)?.permissions.canCreateConference ?? false;

  return (
    <Stack>
      <Title order={1} fz={26}>
        {t('conferences.title')}
      </Title>
      <NextStepsPanel conferences={data.items} />
      {data.items.length === 0 && <Text c="dimmed">{t('conferences.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {data.items.map((c) => (
          <Card key={c.id} withBorder padding="lg">
            <Stack gap={6}>
              <Text fw={700} fz="lg" c="red.9" component={Link} to={`/conferences/${c.id}`}>
                {c.name}
              </Text>
              <Text size="sm" c="dimmed">
                {c.organizationName}
              </Text>
              <Group gap="xs">
                <Badge variant="light">{t(`life.stage.${c.stage}`)}</Badge>
                <Text size="sm">
                  {t('conferences.period')}: {c.periodStart}–{c.periodEnd}
                </Text>
                {c.conferenceDate && (
                  <Text size="sm">
                    · {t('conferences.plannedDate')}: {formatDate(c.conferenceDate)}
                    {c.startTime ? ` ${c.startTime}` : ''}
                  </Text>
                )}
              </Group>
              <Group gap="xs" mt="xs">
                <Button component={Link} to={`/conferences/${c.id}`} size="md">
                  {t('conferences.open')}
                </Button>
                {canCreateIn(c.organizationId) && (
                  <Button variant="default" onClick={() => void copy(c)} loading={copying === c.id}>
                    {t('conferences.copy')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
