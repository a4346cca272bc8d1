import { Alert, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { planConsistencyWarnings } from '../../../shared/rules/plan-consistency';
import { validatePlanRules } from '../../../shared/rules/plan-rules';
import type { ConferenceView } from '../../../shared/schemas/conferences';
import type { UnitView } from '../../../shared/schemas/organizations';
import { type Plan, type PlanWarning, planSchema } from '../../../shared/schemas/plan';
import type { HonoreeView } from '../../../shared/schemas/selection';
import { ConflictAlert } from '../../components/conflict-alert';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { SectionCard } from '../../components/section-card';
import { ApiError } from '../../lib/api';
import { issuesToErrors } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { conferenceKey, updatePlan, useConference } from '../conferences/queries';
import { useHonorees } from '../selection/queries';
import { useUnits } from '../units/queries';
import { DelegateFields, SpeechFields } from './plan-fields-delegates';
import { DocumentFields, GeneralFields, TextFields } from './plan-fields-general';
import { AgendaFields, ImplementationFields, PerformanceFields, ReportFields } from './plan-fields-program';
import { type PlanFormApi, PlanFormContext } from './plan-form-context';
import { normalizePlan } from './plan-values';
import { PlanWarningsBox, PlanWarningsDialog } from './plan-warnings';

/** A save: the plan and the codes of the warnings the secretary chose to save anyway. */
type PlanSave = { plan: Plan; acknowledged?: string[] };

export function PlanEditPage() {
  const { conferenceId = '' } = useParams();
  const { data, isLoading, error, refetch } = useConference(conferenceId);
  if (isLoading) return <PageLoader />;
  if (error || !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  return <PlanForm conference={data} />;
}

/** The plan form's sections, in the order of the plan: the i18n key `planEdit.<key>` and the fields. */
type SectionKey =
  | 'general'
  | 'texts'
  | 'delegates'
  | 'speeches'
  | 'performances'
  | 'agenda'
  | 'report'
  | 'implementation'
  | 'document';
const sections = (units: UnitView[], honorees: HonoreeView[]): [SectionKey, ReactNode][] => [
  ['general', <GeneralFields key="general" />],
  ['texts', <TextFields key="texts" />],
  ['delegates', <DelegateFields key="delegates" />],
  ['speeches', <SpeechFields key="speeches" units={units} honorees={honorees} />],
  ['performances', <PerformanceFields key="performances" units={units} />],
  ['agenda', <AgendaFields key="agenda" />],
  ['report', <ReportFields key="report" />],
  ['implementation', <ImplementationFields key="implementation" />],
  ['document', <DocumentFields key="document" />],
];

/** Sửa kế hoạch: every plan field, the shared rules checked live, server errors by field. */
function PlanForm({ conference }: { conference: ConferenceView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const units = useUnits(conference.organizationId).data?.items ?? [];
  // Một tập thể/cá nhân được vinh danh: a speech part may name one (after the council's selection).
  const honorees = useHonorees(conference.id).data?.groups.flatMap((g) => g.items) ?? [];
  const [version, setVersion] = useState(conference.version);
  const [invalid, setInvalid] = useState<string | null>(null);
  const form = useForm<Plan>({ initialValues: structuredClone(conference.plan) });
  usePageTitle(`${t('planEdit.title')} · ${conference.plan.name}`);

  const live = useMemo(() => issuesToErrors(validatePlanRules(normalizePlan(form.values, 0))), [form.values]);
  const errorOf = (path: string) => (form.errors[path] as string | undefined) ?? live[path];
  const api_: PlanFormApi = {
    form,
    live,
    errorOf,
    bind: (path, options) => ({ ...form.getInputProps(path, options), error: errorOf(path) }),
  };
  const liveIssues = Object.values(live);
  // Cảnh báo kế hoạch: figures that contradict each other, shown live; the server asks to acknowledge them.
  const warnings = useMemo(() => planConsistencyWarnings(normalizePlan(form.values, 0)), [form.values]);
  const [refused, setRefused] = useState<{ plan: Plan; warnings: PlanWarning[] } | null>(null);

  const mutation = useApiMutation<PlanSave, ConferenceView, ConferenceView>({
    mutationFn: async ({ plan, acknowledged }) => {
      try {
        return await updatePlan(conference.id, { plan, version, acknowledgedWarnings: acknowledged });
      } catch (err) {
        if (err instanceof ApiError && err.warnings.length > 0) setRefused({ plan, warnings: err.warnings });
        throw err;
      }
    },
    invalidate: [['conferences']],
    form,
    fieldPrefix: 'plan.',
    successMessage: t('planEdit.saved'),
    onSuccess: (updated) => {
      queryClient.setQueryData(conferenceKey(conference.id), updated);
      navigate(`/conferences/${conference.id}`);
    },
  });
  const conflict = mutation.conflict;
  const problem = invalid ?? (refused ? null : mutation.error);
  const saving = mutation.isPending;

  const save = () => {
    setInvalid(null);
    setRefused(null);
    mutation.clearFailure();
    const parsed = planSchema.safeParse(normalizePlan(form.values, undefined));
    if (!parsed.success) {
      const errs = issuesToErrors(parsed.error.issues);
      form.setErrors(errs);
      setInvalid(t('errors.fixBeforeSave', { count: Object.keys(errs).length }));
      return;
    }
    mutation.mutate({ plan: parsed.data });
  };
  const saveAnyway = () => {
    if (!refused) return;
    mutation.mutate({ plan: refused.plan, acknowledged: refused.warnings.map((w) => w.code) });
  };

  const reload = () => {
    if (!conflict) return;
    form.setValues(structuredClone(conflict.plan));
    form.resetDirty(conflict.plan);
    form.clearErrors();
    setVersion(conflict.version);
    queryClient.setQueryData(conferenceKey(conference.id), conflict);
    mutation.clearConflict();
  };

  return (
    <PlanFormContext.Provider value={api_}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        noValidate
      >
        <Stack gap="md">
          <PageHeader
            title={t('planEdit.title')}
            help={conference.plan.name}
            actions={
              <Button component={Link} to={`/conferences/${conference.id}`} variant="default">
                {t('common.back')}
              </Button>
            }
          />
          <PlanWarningsBox warnings={warnings} />
          {sections(units, honorees).map(([key, fields]) => (
            <SectionCard key={key} id={`pf-${key}`} title={t(`planEdit.${key}` as const)} headerMb="md">
              {fields}
            </SectionCard>
          ))}

          <PlanSaveBar
            conferenceId={conference.id}
            conflict={conflict}
            onReload={reload}
            problem={problem}
            liveIssues={liveIssues}
            saving={saving}
          />
        </Stack>
      </form>
      <PlanWarningsDialog
        warnings={refused?.warnings ?? null}
        saving={saving}
        onSaveAnyway={saveAnyway}
        onBack={() => {
          setRefused(null);
          mutation.clearFailure();
        }}
      />
    </PlanFormContext.Provider>
  );
}

/** The sticky footer: the stale-save conflict, the server's message, the live rule check, save. */
function PlanSaveBar({
  conferenceId,
  conflict,
  onReload,
  problem,
  liveIssues,
  saving,
}: {
  conferenceId: string;
  conflict: ConferenceView | null;
  onReload: () => void;
  problem: string | null;
  liveIssues: string[];
  saving: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
      aria-label={t('planEdit.liveErrors')}
    >
      <Stack gap="xs">
        {conflict && (
          <ConflictAlert
            onReload={onReload}
            current={
              <Text size="sm">
                {conflict.plan.name} · {formatDateTime(conflict.updatedAt)}
              </Text>
            }
          />
        )}
        {problem && !conflict && (
          <Alert color="red" role="alert" data-testid="save-error">
            {problem}
          </Alert>
        )}
        {liveIssues.length > 0 ? (
          <Alert color="orange" title={t('planEdit.liveErrors')} data-testid="live-issues">
            <List size="sm">
              {liveIssues.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Text size="sm" c="green.8">
            ✓ {t('planEdit.noErrors')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button component={Link} to={`/conferences/${conferenceId}`} variant="default">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
