import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../shared/rules/display-format';
import type { SummaryReportView } from '../../../shared/schemas/summary-report';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { documentsPath } from '../documents/queries';
import { compileReport, summaryReportKey, useSummaryReport } from './queries';
import { SectionEditor } from './section-editor';
import { StatisticsPanel } from './statistics-panel';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function Part({ cid, r, part }: { cid: string; r: SummaryReportView; part: 1 | 2 }) {
  const { t } = useTranslation();
  const sections = r.sections.filter((s) => s.part === part);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" ta="center">
        {t(part === 1 ? 'summaryReport.part1' : 'summaryReport.part2')}
        <br />
        {t(part === 1 ? 'summaryReport.part1Title' : 'summaryReport.part2Title')}
      </Title>
      {sections.map((s, i) => (
        // the editor keeps its text and the version it started from (a 409 shows what is there now)
        <SectionEditor key={s.key} cid={cid} s={s} number={`${ROMAN[i]}.`} canEdit={r.permissions.canEdit} />
      ))}
    </Stack>
  );
}

/** Báo cáo tổng kết: the office edits it section by section beside the compiled drafts and figures. */
export function SummaryReportPage() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  usePageTitle(t('summaryReport.title'));
  const report = useSummaryReport(conferenceId);
  const compile = useApiMutation({
    mutationFn: () => compileReport(conferenceId),
    invalidate: [summaryReportKey(conferenceId)],
  });
  if (report.isLoading) return <PageLoader />;
  if (report.error || !report.data)
    return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={`/conferences/${conferenceId}`} size="sm">
        {t('notice.back')}
      </Anchor>
      <PageHeader title={t('summaryReport.title')} help={t('summaryReport.help')} />
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" data-testid="sr-compiled-at">
            {r.compiledAt
              ? t('summaryReport.compiledAt', { at: formatDateTime(r.compiledAt) })
              : t('summaryReport.neverCompiled')}
          </Text>
          <Group gap="sm">
            {r.permissions.canEdit && (
              <Button onClick={() => compile.mutate(undefined)} loading={compile.isPending}>
                {t('summaryReport.compile')}
              </Button>
            )}
            <Button component={Link} to={documentsPath(conferenceId)} variant="light">
              {t('summaryReport.documents')}
            </Button>
          </Group>
        </Group>
        {compile.error && (
          <Alert color="red" mt="sm">
            {compile.error}
          </Alert>
        )}
      </Paper>
      {r.statistics && (
        <Paper withBorder p="md">
          <StatisticsPanel s={r.statistics} />
        </Paper>
      )}
      <Part cid={conferenceId} r={r} part={1} />
      <Part cid={conferenceId} r={r} part={2} />
    </Stack>
  );
}
