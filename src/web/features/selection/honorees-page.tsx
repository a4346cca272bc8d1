import { Alert, Anchor, Badge, Button, Card, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HonoreeListView } from '../../../shared/schemas/selection';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useBusyDownload } from '../../lib/use-busy-download';
import { usePageTitle } from '../../lib/use-page-title';
import { formatPercent, ReviewNav, useReviewContext } from '../review/parts';
import { useHonorees } from './queries';

/** Kết quả vinh danh: who the council chose, per award form, with the votes that decided it. */
export function HonoreesPage() {
  const { t } = useTranslation();
  const { conferenceId: cid, conference, role } = useReviewContext();
  const honorees = useHonorees(cid);
  usePageTitle(t('rev.honorees.title'));
  if (conference.isLoading || honorees.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (honorees.error || !honorees.data)
    return <ErrorState error={honorees.error} onRetry={() => honorees.refetch()} />;
  const d = honorees.data;
  return (
    <Stack gap="md">
      <ReviewNav conference={conference.data} active="honorees" role={role} />
      <PageHeader title={t('rev.honorees.title')} help={t('rev.honorees.help')} />
      <UnmetTargets targets={d.unmetTargets} />
      {d.total > 0 && <HonoreesActions cid={cid} />}
      {d.total === 0 ? (
        <Text c="dimmed">{t('rev.honorees.empty')}</Text>
      ) : (
        <Text fw={600} data-testid="honorees-total">
          {t('rev.honorees.total', { total: d.total, ...d.counts })}
        </Text>
      )}
      {d.groups.map((g) => (
        <Paper key={g.awardFormId} withBorder p="md" component="section" data-form={g.awardFormName}>
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="lg">
              {g.awardFormName}
            </Title>
            <Badge size="lg" variant="light" tt="none">
              {g.items.length}
            </Badge>
          </Group>
          <Stack gap="xs">
            {g.items.map((h, i) => (
              <Card key={h.nominationId} withBorder padding="sm" data-testid="honoree" data-name={h.name}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Anchor
                      component={Link}
                      to={`/conferences/${cid}/nominations/${h.nominationId}`}
                      fw={700}
                      c="inherit"
                    >
                      {i + 1}. {h.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {t(`nom.kind.${h.kind}`)} · {h.unitName}
                    </Text>
                  </div>
                  <Badge color="green" variant="light" tt="none" style={{ flexShrink: 0 }}>
                    {t('rev.honorees.votes', {
                      agree: h.agree,
                      base: h.base,
                      share: formatPercent(h.sharePercent),
                    })}
                  </Badge>
                </Group>
                <Text size="xs" mt={4}>
                  {h.reason}
                </Text>
              </Card>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** Hình thức chưa đủ số tối thiểu: a warning for the council; the results stay as voted. */
function UnmetTargets({ targets }: { targets: HonoreeListView['unmetTargets'] }) {
  const { t } = useTranslation();
  if (targets.length === 0) return null;
  return (
    <Alert color="orange" title={t('rev.honorees.targetsTitle')} data-testid="honoree-targets">
      <List size="sm" spacing={4}>
        {targets.map((u) => (
          <List.Item key={u.awardFormId}>
            {t(
              u.minHonorees === u.maxHonorees ? 'rev.honorees.targetUnmetExact' : 'rev.honorees.targetUnmet',
              {
                form: u.awardFormName,
                min: u.minHonorees,
                selected: u.selected,
              },
            )}
          </List.Item>
        ))}
      </List>
      <Text size="xs" mt="xs">
        {t('rev.honorees.targetsNote')}
      </Text>
    </Alert>
  );
}

/** Xuất Excel and the print view of the list. */
function HonoreesActions({ cid }: { cid: string }) {
  const { t } = useTranslation();
  const [download, busy] = useBusyDownload();
  const exportXlsx = () =>
    download('xlsx', `/api/conferences/${cid}/honorees/export.xlsx`, 'Danh-sach-vinh-danh.xlsx');
  return (
    <Group gap="xs">
      <Button variant="light" onClick={exportXlsx} loading={busy !== null}>
        {t('common.exportExcel')}
      </Button>
      <Button variant="light" component={Link} to={`/conferences/${cid}/honorees/print`}>
        {t('rev.honorees.print')}
      </Button>
    </Group>
  );
}
