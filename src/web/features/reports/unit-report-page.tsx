import {
  ActionIcon,
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReportSections } from '../../../shared/schemas/nominations';
import { ConflictAlert } from '../../components/conflict-alert';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import type { UnitReport } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { ReasonModal, ReportStatusBadge } from '../nominations/parts';
import {
  invalidateNominationData,
  unitReportKey,
  useAwardForms,
  useUnitReport,
} from '../nominations/queries';

const SECTIONS: (keyof ReportSections)[] = [
  'movements',
  'commendations',
  'leadership',
  'shortcomings',
  'lessons',
  'directions',
];

type Num = number | string;
type Values = {
  sections: ReportSections;
  commendations: { year: Num; formName: string; collectives: Num; individuals: Num }[];
  directWorkerSharePercent: Num;
};

const toValues = (r: UnitReport): Values => ({
  sections: { ...r.sections },
  commendations: r.numbers.commendations.map((c) => ({ ...c })),
  directWorkerSharePercent: r.numbers.directWorkerSharePercent ?? '',
});

const num = (v: Num) => (v === '' ? undefined : Number(v));

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
  const [conflict, setConflict] = useState<UnitReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const form = useForm<Values>({ initialValues: toValues(report) });
  const p = report.permissions;
  const editable = p.canEdit;
  usePageTitle(`${t('nom.report.title')} · ${report.unitName}`);
  const base = `/api/conferences/${conferenceId}/units/${report.unitId}/report`;

  const store = async (next: UnitReport) => {
    qc.setQueryData(unitReportKey(conferenceId, report.unitId), next);
    await invalidateNominationData(qc, conferenceId);
  };

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.isConflict && err.current) setConflict(err.current as UnitReport);
    else if (err instanceof ApiError) {
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries(err.fields)) fields[k.replace(/^numbers\./, '')] = v;
      form.setErrors(fields);
      setProblem(err.message);
    } else setProblem(t('errors.generic'));
  };

  const save = async (): Promise<UnitReport | null> => {
    const v = form.values;
    const body = {
      sections: v.sections,
      numbers: {
        commendations: v.commendations.map((c) => ({
          year: num(c.year),
          formName: c.formName,
          collectives: num(c.collectives) ?? 0,
          individuals: num(c.individuals) ?? 0,
        })),
        directWorkerSharePercent:
          v.directWorkerSharePercent === '' ? null : Number(v.directWorkerSharePercent),
      },
      version,
    };
    const next = await api<UnitReport>('PUT', base, body);
    setVersion(next.version);
    form.resetDirty(toValues(next));
    return next;
  };

  const run = async (what: 'save' | 'submit' | 'accept' | 'return', reason?: string) => {
    setBusy(what);
    setProblem(null);
    setConflict(null);
    try {
      let next: UnitReport | null = null;
      let v = version;
      if (what === 'save' || (what === 'submit' && (form.isDirty() || version === 0))) {
        next = await save();
        v = next?.version ?? v;
      }
      if (what !== 'save') next = await api<UnitReport>('POST', `${base}/${what}`, { version: v, reason });
      if (next) await store(next);
      const msg = { save: 'saved', submit: 'submitted', accept: 'accepted', return: 'returnedDone' } as const;
      notifications.show({ color: 'green', message: t(`nom.report.${msg[what]}`) });
      setReturning(false);
    } catch (err) {
      if (reason !== undefined) throw new Error(err instanceof ApiError ? err.message : t('errors.generic'));
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const formNames = (forms.data?.items ?? []).map((f) => f.name);

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
          {conflict && (
            <ConflictAlert
              current={<ReportStatusBadge status={conflict.status} />}
              onReload={() => {
                form.setValues(toValues(conflict));
                form.resetDirty(toValues(conflict));
                setVersion(conflict.version);
                setConflict(null);
              }}
            />
          )}
          {problem && !conflict && (
            <Alert color="red" variant="filled" role="alert">
              {problem}
            </Alert>
          )}

          {(p.canAccept || p.canReturn) && (
            <Group>
              {p.canAccept && (
                <Button color="green" loading={busy === 'accept'} onClick={() => void run('accept')}>
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

          {SECTIONS.map((s, i) => (
            <Paper key={s} withBorder p="md">
              {editable ? (
                <Textarea
                  label={`${i + 1}. ${t(`nom.report.sections.${s}`)}`}
                  autosize
                  minRows={4}
                  maxRows={20}
                  size="md"
                  {...form.getInputProps(`sections.${s}`)}
                  error={form.errors[`sections.${s}`]}
                />
              ) : (
                <>
                  <Title order={2} fz="md" mb={4}>
                    {i + 1}. {t(`nom.report.sections.${s}`)}
                  </Title>
                  <Text style={{ whiteSpace: 'pre-wrap' }} c={report.sections[s] ? undefined : 'dimmed'}>
                    {report.sections[s] || t('nom.report.empty')}
                  </Text>
                </>
              )}
            </Paper>
          ))}

          <Paper withBorder p="md">
            <Title order={2} fz="md" mb={4}>
              {t('nom.report.numbers')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('nom.report.commendationRows')}
            </Text>
            {editable ? (
              <Stack gap="sm">
                {form.values.commendations.map((_, i) => (
                  <Paper key={form.key(`commendations.${i}`)} withBorder p="xs">
                    <Group align="flex-end" gap="xs" wrap="nowrap">
                      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
                        <NumberInput
                          label={t('nom.report.year')}
                          allowDecimal={false}
                          hideControls
                          inputMode="numeric"
                          {...form.getInputProps(`commendations.${i}.year`)}
                        />
                        <Autocomplete
                          label={t('nom.report.formName')}
                          data={formNames}
                          {...form.getInputProps(`commendations.${i}.formName`)}
                        />
                        <NumberInput
                          label={t('nom.report.collectives')}
                          min={0}
                          allowDecimal={false}
                          hideControls
                          inputMode="numeric"
                          {...form.getInputProps(`commendations.${i}.collectives`)}
                        />
                        <NumberInput
                          label={t('nom.report.individuals')}
                          min={0}
                          allowDecimal={false}
                          hideControls
                          inputMode="numeric"
                          {...form.getInputProps(`commendations.${i}.individuals`)}
                        />
                      </SimpleGrid>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t('nom.report.removeRow', { n: i + 1 })}
                        onClick={() => form.removeListItem('commendations', i)}
                      >
                        ✕
                      </ActionIcon>
                    </Group>
                  </Paper>
                ))}
                <Group>
                  <Button
                    variant="light"
                    onClick={() =>
                      form.insertListItem('commendations', {
                        year: new Date().getFullYear(),
                        formName: '',
                        collectives: 0,
                        individuals: 0,
                      })
                    }
                  >
                    {t('nom.report.addRow')}
                  </Button>
                </Group>
                <NumberInput
                  label={t('nom.report.directWorkerShare')}
                  min={0}
                  max={100}
                  hideControls
                  inputMode="decimal"
                  w={{ base: '100%', sm: 420 }}
                  {...form.getInputProps('directWorkerSharePercent')}
                />
              </Stack>
            ) : (
              <Stack gap="xs">
                {report.numbers.commendations.length > 0 && (
                  <Table.ScrollContainer minWidth={420}>
                    <Table withTableBorder>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('nom.report.year')}</Table.Th>
                          <Table.Th>{t('nom.report.formName')}</Table.Th>
                          <Table.Th ta="right">{t('nom.report.collectives')}</Table.Th>
                          <Table.Th ta="right">{t('nom.report.individuals')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {report.numbers.commendations.map((c) => (
                          <Table.Tr key={`${c.year}|${c.formName}`}>
                            <Table.Td>{c.year}</Table.Td>
                            <Table.Td>{c.formName}</Table.Td>
                            <Table.Td ta="right">{c.collectives}</Table.Td>
                            <Table.Td ta="right">{c.individuals}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Text size="sm">
                  {t('nom.report.directWorkerShare')}: <b>{report.numbers.directWorkerSharePercent ?? '—'}</b>
                </Text>
              </Stack>
            )}
          </Paper>

          {editable && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Button
                size="lg"
                h={56}
                variant="light"
                loading={busy === 'save'}
                onClick={() => void run('save')}
              >
                {t('nom.report.save')}
              </Button>
              <Button
                size="lg"
                h={56}
                color="green"
                loading={busy === 'submit'}
                onClick={() => void run('submit')}
              >
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
          onConfirm={(reason) => run('return', reason)}
          onClose={() => setReturning(false)}
        />
      )}
    </Stack>
  );
}
