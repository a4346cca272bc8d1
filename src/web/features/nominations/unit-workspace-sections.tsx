import { Alert, Button, Card, Group, List, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NominationListItem } from '../../../shared/schemas/nomination-views';
import { ErrorState } from '../../components/page-state';
import { SectionCard } from '../../components/section-card';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { nameOf, ReportStatusBadge, StatusBadge } from './parts';
import { nominationDataKeys, transitionNomination, useQuotaGrid, useUnitReport } from './queries';

// The confirmation (with its completeness check, which brings the validation library) loads when
// the unit asks to send, not with the workspace.
const SubmitManyModal = lazy(() => import('./submit-confirm').then((m) => ({ default: m.SubmitManyModal })));

type SendResult = { sent: number; errors: { name: string; message: string }[] };

/** Danh sách đề nghị of the unit, and "Gửi N đề nghị" for every draft it may still send. */
export function UnitNominationsSection({
  cid,
  items,
  sendable,
  canWrite,
}: {
  cid: string;
  items: NominationListItem[];
  sendable: NominationListItem[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  // One by one: each is checked against the deadline and quota; the refusals are listed by name.
  const send = useApiMutation<NominationListItem[], SendResult>({
    mutationFn: async (list) => {
      const result: SendResult = { sent: 0, errors: [] };
      for (const n of list) {
        try {
          await transitionNomination({ cid, id: n.id, version: n.version, action: 'submit' });
          result.sent++;
        } catch (err) {
          result.errors.push({
            name: nameOf(n, t('nom.unnamed')),
            message: err instanceof ApiError ? err.message : t('errors.generic'),
          });
        }
      }
      return result;
    },
    invalidate: nominationDataKeys(cid),
    onSuccess: ({ sent }) => {
      setAsking(false);
      if (sent > 0)
        notifications.show({ color: 'green', message: t('nom.unit.submitDraftsDone', { count: sent }) });
    },
  });
  const sendErrors = send.isPending ? [] : (send.data?.errors ?? []);
  return (
    <SectionCard id="sec-unit-list" title={`${t('nom.unit.listTitle')} (${items.length})`}>
      {items.length === 0 ? (
        <Text c="dimmed">{t('nom.unit.empty')}</Text>
      ) : (
        <Stack gap="sm" data-testid="unit-nominations">
          {items.map((n) => (
            <NominationCard key={n.id} n={n} conferenceId={cid} />
          ))}
        </Stack>
      )}
      {sendErrors.length > 0 && (
        <Alert color="red" variant="filled" mt="md" title={t('nom.detail.cannotSubmit')} role="alert">
          <List size="md" c="white">
            {sendErrors.map((e) => (
              <List.Item key={e.name}>
                <b>{e.name}</b>: {e.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {canWrite && sendable.length > 0 && (
        <Button mt="md" size="lg" h={56} fullWidth color="green" onClick={() => setAsking(true)}>
          {t('nom.unit.submitDrafts', { count: sendable.length })}
        </Button>
      )}
      {asking && (
        <Suspense fallback={null}>
          <SubmitManyModal
            items={sendable}
            loading={send.isPending}
            onConfirm={() => send.mutate(sendable)}
            onClose={() => setAsking(false)}
          />
        </Suspense>
      )}
    </SectionCard>
  );
}

/** Chỉ tiêu của đơn vị: used / allotted per award form. */
export function UnitQuotaSection({ cid, unitId }: { cid: string; unitId: string }) {
  const { t } = useTranslation();
  const grid = useQuotaGrid(cid);
  const unitCells = (grid.data?.cells ?? []).filter((c) => c.unitId === unitId && c.count > 0);
  const formName = (id: string) => grid.data?.forms.find((f) => f.id === id)?.name ?? '';
  return (
    <SectionCard id="sec-unit-quota" title={t('nom.unit.quotaTitle')} help={t('nom.unit.quotaHelp')}>
      {unitCells.length === 0 ? (
        <Text c="dimmed">{t('nom.unit.noQuota')}</Text>
      ) : (
        <Stack gap="sm" data-testid="unit-quota">
          {unitCells.map((c) => (
            <div key={c.awardFormId}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Text size="md">{formName(c.awardFormId)}</Text>
                <Text fw={700} fz="lg" style={{ whiteSpace: 'nowrap' }}>
                  {c.used}/{c.count}
                </Text>
              </Group>
              <Progress
                value={Math.min(100, (c.used / c.count) * 100)}
                color={c.used >= c.count ? 'green' : 'blue'}
                size="md"
                aria-hidden
              />
            </div>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

/** Báo cáo đánh giá: its status, the office's remark, and the way to it. */
export function UnitReportCard({ cid, unitId }: { cid: string; unitId: string }) {
  const { t } = useTranslation();
  const report = useUnitReport(cid, unitId);
  return (
    <SectionCard
      id="sec-unit-report"
      title={t('nom.unit.reportTitle')}
      headerMb="xs"
      aside={report.data && <ReportStatusBadge status={report.data.status} />}
    >
      {report.data?.status === 'returned' && report.data.returnReason && (
        <Alert color="orange" variant="light" mb="sm">
          {t('nom.unit.returnReason', { reason: report.data.returnReason })}
        </Alert>
      )}
      {report.data?.submittedAt && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('nom.detail.submittedAt')}: {formatDateTime(report.data.submittedAt)}
        </Text>
      )}
      {report.error && !(report.error instanceof ApiError && report.error.status === 403) && (
        <ErrorState error={report.error} />
      )}
      {report.data && (
        <Button
          component={Link}
          to={`/conferences/${cid}/units/${unitId}/report`}
          size="md"
          variant={report.data.permissions.canEdit ? 'filled' : 'light'}
          fullWidth
        >
          {report.data.permissions.canEdit ? t('nom.unit.reportWrite') : t('nom.unit.reportOpen')}
        </Button>
      )}
    </SectionCard>
  );
}

function NominationCard({ n, conferenceId }: { n: NominationListItem; conferenceId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="nomination-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text fw={700} fz="lg">
            {nameOf(n, t('nom.unnamed'))}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`nom.kind.${n.kind}`)}
            {n.birthYear ? ` · ${t('nom.detail.yearOfBirth', { year: n.birthYear })}` : ''}
          </Text>
          <Text size="sm">{n.awardFormName}</Text>
        </div>
        <StatusBadge status={n.status} />
      </Group>
      {n.returnReason && (n.status === 'returned' || n.status === 'rejected') && (
        <Alert color={n.status === 'rejected' ? 'red' : 'orange'} variant="light" mt="xs" p="xs">
          <Text size="md">{t('nom.unit.returnReason', { reason: n.returnReason })}</Text>
        </Alert>
      )}
      <Button
        component={Link}
        to={`/conferences/${conferenceId}/nominations/${n.id}`}
        variant="light"
        mt="sm"
        size="md"
        fullWidth
        aria-label={`${n.permissions.canEdit ? t('nom.unit.open') : t('nom.unit.view')}: ${nameOf(n, t('nom.unnamed'))}`}
      >
        {n.permissions.canEdit ? t('nom.unit.open') : t('nom.unit.view')}
      </Button>
    </Card>
  );
}
