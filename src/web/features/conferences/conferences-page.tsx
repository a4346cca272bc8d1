import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceSummaryView } from '../../../shared/schemas/conferences';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useCurrentOrg } from '../../lib/current-org';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { NextStepsPanel } from './next-steps-panel';
import { useConferences } from './queries';

// The copy dialog (with the date rules and the request schema) loads only when it opens.
const CopyConferenceModal = lazy(() => import('./copy-conference-modal'));

export function ConferencesPage() {
  const { t } = useTranslation();
  const { data, isLoading, error, refetch } = useConferences();
  const { organizations } = useCurrentOrg();
  const [copying, setCopying] = useState<ConferenceSummaryView | null>(null);
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
                  <Button variant="default" onClick={() => setCopying(c)}>
                    {t('conferences.copy')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {copying && (
        <Suspense fallback={null}>
          <CopyConferenceModal source={copying} onClose={() => setCopying(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
