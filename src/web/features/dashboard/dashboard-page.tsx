import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, PageLoader } from '../../components/page-state';
import { formatDate } from '../../lib/format';
import { useRequiredMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { CompositionGauge } from '../delegates/composition-gauge';
import { BarChart, ChartCard, CountTable, DonutChart } from './charts';
import { QuotaCard, UnitsCard } from './count-sections';
import { BudgetCard, ChecklistCard, Headline, TimelineCard } from './progress-sections';
import { canViewDashboard, useDashboard } from './queries';
import { ThreadsCard } from './threads-card';

/** Bảng điều khiển: the conference's progress for the secretary and the chair, charts with their numbers. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  const me = useRequiredMe();
  const conf = useConference(conferenceId);
  const allowed = conf.data ? canViewDashboard(me, conf.data) : false;
  const dash = useDashboard(conferenceId, allowed);
  usePageTitle(t('dash.title'));
  if (conf.isLoading || (allowed && dash.isLoading)) return <PageLoader />;
  if (conf.error || !conf.data) return <ErrorState error={conf.error} onRetry={() => conf.refetch()} />;
  if (!allowed || dash.error || !dash.data)
    return <ErrorState error={dash.error} onRetry={() => dash.refetch()} />;
  const d = dash.data;
  const n = d.nominations;
  const byUnit = n.byUnit.map((u) => ({ key: u.unitId, label: u.unitName, count: u.count }));
  const composition = d.delegates;

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Anchor component={Link} to={`/conferences/${conferenceId}`} size="sm">
          {t('dash.back')}
        </Anchor>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div style={{ minWidth: 0 }}>
            <Title order={1} fz={{ base: 22, sm: 28 }}>
              {t('dash.title')}
            </Title>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {conf.data.plan.name} · {t('dash.asOf', { date: formatDate(d.today) })}
              </Text>
              <Badge variant="light" data-testid="dash-stage">
                {t(`life.stage.${d.lifecycle.stage}`)}
              </Badge>
            </Group>
          </div>
          <Button variant="light" size="xs" onClick={() => dash.refetch()} loading={dash.isFetching}>
            {t('dash.refresh')}
          </Button>
        </Group>
      </Stack>

      <Headline d={d} />

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TimelineCard d={d} />
        <UnitsCard d={d} />
        <ChartCard
          title={t('dash.nominations.byUnit')}
          help={t('dash.nominations.help')}
          testId="dash-by-unit"
          chart={<BarChart items={byUnit} label={t('dash.nominations.byUnit')} />}
          table={<CountTable caption={t('dash.nominations.byUnit')} items={byUnit} />}
        />
        <Stack gap="md">
          <ChartCard
            title={t('dash.nominations.byForm')}
            testId="dash-by-form"
            chart={<BarChart items={n.byForm} label={t('dash.nominations.byForm')} />}
            table={<CountTable caption={t('dash.nominations.byForm')} items={n.byForm} />}
          />
          <ChartCard
            title={t('dash.nominations.byGender')}
            testId="dash-by-gender"
            chart={<DonutChart items={n.byGender} label={t('dash.nominations.byGender')} />}
            table={<CountTable caption={t('dash.nominations.byGender')} items={n.byGender} />}
          />
        </Stack>
        <ChartCard
          title={t('dash.nominations.byGroup')}
          testId="dash-by-group"
          chart={<BarChart items={n.byOccupationGroup} label={t('dash.nominations.byGroup')} />}
          table={<CountTable caption={t('dash.nominations.byGroup')} items={n.byOccupationGroup} />}
        />
        <ChartCard
          title={t('dash.nominations.byStatus')}
          testId="dash-by-status"
          chart={<BarChart items={n.byStatus} label={t('dash.nominations.byStatus')} />}
          table={<CountTable caption={t('dash.nominations.byStatus')} items={n.byStatus} />}
        />
        <QuotaCard d={d} />
        <Stack gap="md">
          <ChartCard
            title={t('dash.delegates.byCategory')}
            testId="dash-delegates"
            chart={<DonutChart items={composition.byCategory} label={t('dash.delegates.byCategory')} />}
            table={<CountTable caption={t('dash.delegates.byCategory')} items={composition.byCategory} />}
          />
          <CompositionGauge check={composition} title={t('dash.delegates.title')} />
        </Stack>
        <ChecklistCard d={d} />
        <BudgetCard d={d} />
        <ThreadsCard d={d} />
      </SimpleGrid>
    </Stack>
  );
}
