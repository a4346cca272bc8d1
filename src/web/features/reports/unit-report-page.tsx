import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { UnitReport } from '../../../shared/schemas/nomination-views';
import { unitReportInputSchema } from '../../../shared/schemas/nominations';
import { ConflictAlert } from '../../components/conflict-alert';
import { ErrorState, PageLoader } from '../../components/page-state';
import { formatDateTime } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { ReportStatusBadge } from '../nominations/parts';
import {
  nominationDataKeys,
  saveUnitReport,
  transitionUnitReport,
  unitReportKey,
  useAwardForms,
  useUnitReport,
} from '../nominations/queries';
import { ReasonModal } from '../nominations/reason-modal';
import { ReportNumbers, ReportSectionsFields } from './report-fields';
import { type ReportFormValues, reportFormSchema, toReportBody, toReportValues } from './report-form';

type Step = 'save' | 'submit' | 'accept' | 'return';
const DONE = { save: 'saved', submit: 'submitted', accept: 'accepted', return: 'returnedDone' } as const;

/** Báo cáo đánh giá của đơn vị: the unit writes and sends it; the office returns or accepts it. */
export function UnitReportPage() {
  const { conferenceId = '', unitId = '' } = useParams();
  const report = useUnitReport(conferenceId, unitId);
  if (report.isLoading) return <PageLoader />;
  if (report.error || !report.data)
    return <ErrorState error={report.error} onRetry={() => report.refetch()} />;
  return <ReportEditor key={report.data.version} conferenceId={conferenceId} report={report.data} />;
}

function ReportEditor({ conferenceId, report }: { conferenceId: string; report: UnitReport }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const forms = useAwardForms(conferenceId);
  const [version, setVersion] = useState(report.version);
  const [returning, setReturning] = useState(false);
  const form = useForm<ReportFormValues>({
    initialValues: toReportValues(report),
    validate: schemaResolver(reportFormSchema, { sync: true }),
  });
  const p = report.permissions;
  const editable = p.canEdit;
  usePageTitle(`${t('nom.report.title')} · ${report.unitName}`);
  const ids = { cid: conferenceId, unitId: report.unitId };

  // Sending unsaved changes saves them first (version 0: the report does not exist yet).
  const run = useApiMutation<{ step: Step; reason?: string }, UnitReport, UnitReport>({
    mutationFn: async ({ step, reason }) => {
      let v = version;
      let next: UnitReport | null = null;
      if (step === 'save' || (step === 'submit' && (form.isDirty() || version === 0))) {
        const body = unitReportInputSchema.parse(toReportBody(form.values));
        next = await saveUnitReport({ ...ids, body: { ...body, version } });
        setVersion(next.version);
        form.resetDirty(toReportValues(next));
        v = next.version;
      }
      if (step === 'save') return next!;
      return transitionUnitReport({ ...ids, version: v, action: step, reason });
    },
    invalidate: nominationDataKeys(conferenceId),
    form,
    onSuccess: (next, { step }) => {
      qc.setQueryData(unitReportKey(conferenceId, report.unitId), next);
      notifications.show({ color: 'green', message: t(`nom.report.${DONE[step]}`) });
      setReturning(false);
    },
  });
  const write = (step: 'save' | 'submit') => {
    if (!form.validate().hasErrors) run.mutate({ step });
  };
  const busy = (step: Step) => run.isPending && run.variables?.step === step;

  return (
    <Stack gap="md" maw={860}>
      <Stack gap={2}>
        <Anchor component={Link} to={`/conferences/${conferenceId}/units/${report.unitId}`} size="sm">
          {t('nom.nav.backToUnit')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('nom.report.title')} — {report.unitName}
          </Title>
          <ReportStatusBadge status={report.status} />
        </Group>
        {report.submittedAt && (
          <Text size="sm" c="dimmed">
            {t('nom.detail.submittedAt')}: {formatDateTime(report.submittedAt)}
          </Text>
        )}
      </Stack>

      {report.status === 'returned' && report.returnReason && (
        <Alert
          color="orange"
          variant="filled"
          title={t('nom.report.returnedTitle')}
          data-testid="report-return-reason"
        >
          <Text fz="lg">{report.returnReason}</Text>
        </Alert>
      )}
      {report.status === null && !editable && <Alert color="gray">{t('nom.report.notSent')}</Alert>}
      {report.status === null && !editable ? null : (
        <>
          {run.conflict && (
            <ConflictAlert
              current={<ReportStatusBadge status={run.conflict.status} />}
              onReload={() => {
                const current = run.conflict!;
                form.setValues(toReportValues(current));
                form.resetDirty(toReportValues(current));
                setVersion(current.version);
                run.clearConflict();
              }}
            />
          )}
          {run.error && !returning && (
            <Alert color="red" variant="filled" role="alert">
              {run.error}
            </Alert>
          )}

          {(p.canAccept || p.canReturn) && (
            <Group>
              {p.canAccept && (
                <Button color="green" loading={busy('accept')} onClick={() => run.mutate({ step: 'accept' })}>
                  {t('nom.report.accept')}
                </Button>
              )}
              {p.canReturn && (
                <Button color="orange" variant="light" onClick={() => setReturning(true)}>
                  {t('nom.report.return')}
                </Button>
              )}
            </Group>
          )}

          <ReportSectionsFields form={form} report={report} editable={editable} />
          <ReportNumbers
            form={form}
            report={report}
            editable={editable}
            formNames={(forms.data?.items ?? []).map((f) => f.name)}
          />

          {editable && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Button size="lg" h={56} variant="light" loading={busy('save')} onClick={() => write('save')}>
                {t('nom.report.save')}
              </Button>
              <Button size="lg" h={56} color="green" loading={busy('submit')} onClick={() => write('submit')}>
                {report.status === 'returned' ? t('nom.report.resubmit') : t('nom.report.submit')}
              </Button>
            </SimpleGrid>
          )}
        </>
      )}

      {returning && (
        <ReasonModal
          title={t('nom.reason.reportReturnTitle', { name: report.unitName })}
          confirmLabel={t('nom.report.return')}
          onConfirm={async (reason) => {
            await run.mutateAsync({ step: 'return', reason });
          }}
          onClose={() => setReturning(false)}
        />
      )}
    </Stack>
  );
}
