import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AwardFormView as AwardForm } from '../../../shared/schemas/award-forms';
import {
  type NominationKind,
  nominationInputSchema,
  OCCUPATION_GROUPS,
} from '../../../shared/schemas/nominations';
import { ConflictAlert } from '../../components/conflict-alert';
import { DateField } from '../../components/date-field';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api } from '../../lib/api';
import { issuesToErrors } from '../../lib/form-errors';
import type { Nomination } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import {
  invalidateNominationData,
  nominationKey,
  useAwardForms,
  useNomination,
  useQuotaGrid,
} from './queries';
import { SummaryEditor } from './summary-editor';

type Num = number | string;

type Values = {
  kind: NominationKind;
  awardFormId: string;
  individual: {
    fullName: string;
    gender: string;
    birthYear: Num;
    ethnicity: string;
    position: string;
    occupationGroup: string;
    field: string;
    phone: string;
  };
  collective: {
    name: string;
    collectiveType: string;
    headName: string;
    memberCount: Num;
    womenSharePercent: Num;
  };
  summaryHtml: string;
  hasReview: boolean;
  unitReview: { meetingDate: string; membersPresent: Num; votesFor: Num; votesTotal: Num };
};

/** The stored nomination (or the row of a 409) as form values. */
type Stored = Pick<
  Nomination,
  'kind' | 'awardFormId' | 'individual' | 'collective' | 'summaryHtml' | 'unitReview'
>;

function toValues(n: Stored | null): Values {
  const i = n?.individual;
  const c = n?.collective;
  const r = n?.unitReview;
  return {
    kind: n?.kind ?? 'individual',
    awardFormId: n?.awardFormId ?? '',
    individual: {
      fullName: i?.fullName ?? '',
      gender: i?.gender ?? '',
      birthYear: i?.birthYear ?? '',
      ethnicity: i?.ethnicity ?? 'Kinh',
      position: i?.position ?? '',
      occupationGroup: i?.occupationGroup ?? '',
      field: i?.field ?? '',
      phone: i?.phone ?? '',
    },
    collective: {
      name: c?.name ?? '',
      collectiveType: c?.collectiveType ?? '',
      headName: c?.headName ?? '',
      memberCount: c?.memberCount ?? '',
      womenSharePercent: c?.womenSharePercent ?? '',
    },
    summaryHtml: n?.summaryHtml ?? '',
    hasReview: !!r,
    unitReview: {
      meetingDate: r?.meetingDate ?? '',
      membersPresent: r?.membersPresent ?? '',
      votesFor: r?.votesFor ?? '',
      votesTotal: r?.votesTotal ?? '',
    },
  };
}

const num = (v: Num) => (v === '' || v === null || v === undefined ? undefined : Number(v));

function toBody(v: Values) {
  const common = {
    awardFormId: v.awardFormId,
    summaryHtml: v.summaryHtml,
    unitReview: v.hasReview
      ? {
          meetingDate: v.unitReview.meetingDate,
          membersPresent: num(v.unitReview.membersPresent),
          votesFor: num(v.unitReview.votesFor),
          votesTotal: num(v.unitReview.votesTotal),
        }
      : null,
  };
  return v.kind === 'individual'
    ? { kind: v.kind, individual: { ...v.individual, birthYear: num(v.individual.birthYear) }, ...common }
    : {
        kind: v.kind,
        collective: {
          ...v.collective,
          memberCount: num(v.collective.memberCount),
          womenSharePercent: num(v.collective.womenSharePercent),
        },
        ...common,
      };
}

const fits = (f: AwardForm, kind: NominationKind) =>
  kind === 'individual' ? f.appliesTo === 'individual' : f.appliesTo !== 'individual';

/** Thêm người được đề nghị: /conferences/:cid/units/:unitId/nominations/new */
export function NewNominationPage() {
  const { conferenceId = '', unitId = '' } = useParams();
  const forms = useAwardForms(conferenceId);
  if (forms.isLoading) return <PageLoader />;
  if (forms.error || !forms.data) return <ErrorState error={forms.error} onRetry={() => forms.refetch()} />;
  return (
    <NominationForm conferenceId={conferenceId} unitId={unitId} forms={forms.data.items} nomination={null} />
  );
}

/** Sửa đề nghị: /conferences/:cid/nominations/:id/edit */
export function EditNominationPage() {
  const { conferenceId = '', nominationId = '' } = useParams();
  const forms = useAwardForms(conferenceId);
  const n = useNomination(conferenceId, nominationId);
  if (forms.isLoading || n.isLoading) return <PageLoader />;
  if (forms.error || !forms.data || n.error || !n.data)
    return <ErrorState error={forms.error ?? n.error} onRetry={() => void n.refetch()} />;
  return (
    <NominationForm
      conferenceId={conferenceId}
      unitId={n.data.unitId}
      forms={forms.data.items}
      nomination={n.data}
    />
  );
}

function NominationForm({
  conferenceId,
  unitId,
  forms,
  nomination,
}: {
  conferenceId: string;
  unitId: string;
  forms: AwardForm[];
  nomination: Nomination | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const grid = useQuotaGrid(conferenceId);
  const [version, setVersion] = useState(nomination?.version ?? 0);
  const [conflict, setConflict] = useState<Stored | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const form = useForm<Values>({ initialValues: toValues(nomination) });
  const v = form.values;
  const title = nomination ? t('nom.form.editTitle') : t('nom.form.addTitle');
  usePageTitle(title);

  const available = forms.filter((f) => fits(f, v.kind));
  const chosen = forms.find((f) => f.id === v.awardFormId);
  const cell = grid.data?.cells.find((c) => c.unitId === unitId && c.awardFormId === v.awardFormId);
  const back = nomination
    ? `/conferences/${conferenceId}/nominations/${nomination.id}`
    : `/conferences/${conferenceId}/units/${unitId}`;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setConflict(null);
    const body = toBody(values);
    const parsed = nominationInputSchema.safeParse(body);
    if (!parsed.success) {
      const errs = issuesToErrors(parsed.error.issues);
      form.setErrors(errs);
      setProblem(t('errors.fixBeforeSave', { count: Object.keys(errs).length }));
      return;
    }
    setSaving(true);
    try {
      const saved = nomination
        ? await api<Nomination>('PUT', `/api/conferences/${conferenceId}/nominations/${nomination.id}`, {
            ...parsed.data,
            version,
          })
        : await api<Nomination>(
            'POST',
            `/api/conferences/${conferenceId}/units/${unitId}/nominations`,
            parsed.data,
          );
      qc.setQueryData(nominationKey(conferenceId, saved.id), saved);
      await invalidateNominationData(qc, conferenceId);
      notifications.show({ color: 'green', message: t('nom.form.saved') });
      navigate(`/conferences/${conferenceId}/nominations/${saved.id}`, { replace: !!nomination });
    } catch (err) {
      if (err instanceof ApiError && err.isConflict) setConflict(err.current as Stored);
      else if (err instanceof ApiError) {
        form.setErrors(err.fields);
        setProblem(err.message);
      } else setProblem(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  });

  const big = { size: 'md' as const };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        <Stack gap={2}>
          <Anchor component={Link} to={back} size="sm">
            ‹ {t('common.back')}
          </Anchor>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {title}
          </Title>
          {nomination && <Text c="dimmed">{nomination.name}</Text>}
        </Stack>

        {conflict && (
          <ConflictAlert
            current={<Text size="sm">{(conflict as { name?: string }).name ?? ''}</Text>}
            onReload={() => {
              form.setValues(toValues(conflict));
              setVersion((conflict as { version?: number }).version ?? version);
              setConflict(null);
              setResetKey((k) => k + 1);
            }}
          />
        )}

        <Paper withBorder p="md">
          <Stack>
            <div>
              <Text fw={500} size="md" mb={4} id="kind-label">
                {t('nom.form.kind')}
              </Text>
              <SegmentedControl
                fullWidth
                size="md"
                aria-labelledby="kind-label"
                data={[
                  { value: 'individual', label: t('nom.kind.individual') },
                  { value: 'collective', label: t('nom.kind.collective') },
                ]}
                value={v.kind}
                onChange={(k) => {
                  form.setFieldValue('kind', k as NominationKind);
                  if (chosen && !fits(chosen, k as NominationKind)) form.setFieldValue('awardFormId', '');
                }}
              />
            </div>
            <NativeSelect
              {...big}
              label={t('nom.form.awardForm')}
              required
              data={[
                { value: '', label: t('nom.form.awardFormPlaceholder') },
                ...available.map((f) => ({ value: f.id, label: f.name })),
              ]}
              {...form.getInputProps('awardFormId')}
            />
            {chosen && (
              <Alert color="blue" variant="light" title={t('nom.form.criteria')} data-testid="criteria">
                {chosen.criteria.length === 0 ? (
                  <Text size="sm">{t('nom.form.noCriteria')}</Text>
                ) : (
                  <List size="md" spacing={4}>
                    {chosen.criteria.map((c) => (
                      <List.Item key={c}>{c}</List.Item>
                    ))}
                  </List>
                )}
                {cell && (
                  <Text size="sm" mt="xs" fw={600}>
                    {t('nom.unit.quotaTitle')}: {cell.used}/{cell.count}
                  </Text>
                )}
              </Alert>
            )}
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          {v.kind === 'individual' ? (
            <Stack>
              <TextInput
                {...big}
                label={t('nom.form.fullName')}
                required
                {...form.getInputProps('individual.fullName')}
              />
              <div>
                <Text fw={500} size="md" mb={4} id="gender-label">
                  {t('nom.form.gender')}{' '}
                  <Text span c="red">
                    *
                  </Text>
                </Text>
                <SegmentedControl
                  size="md"
                  fullWidth
                  aria-labelledby="gender-label"
                  data={[
                    { value: 'male', label: t('nom.gender.male') },
                    { value: 'female', label: t('nom.gender.female') },
                  ]}
                  value={v.individual.gender}
                  onChange={(g) => form.setFieldValue('individual.gender', g)}
                />
                {form.errors['individual.gender'] && (
                  <Text c="red" size="sm" mt={4}>
                    {form.errors['individual.gender']}
                  </Text>
                )}
              </div>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <NumberInput
                  {...big}
                  label={t('nom.form.birthYear')}
                  required
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  inputMode="numeric"
                  maxLength={4}
                  {...form.getInputProps('individual.birthYear')}
                />
                <TextInput
                  {...big}
                  label={t('nom.form.ethnicity')}
                  required
                  {...form.getInputProps('individual.ethnicity')}
                />
              </SimpleGrid>
              <TextInput
                {...big}
                label={t('nom.form.position')}
                required
                {...form.getInputProps('individual.position')}
              />
              <NativeSelect
                {...big}
                label={t('nom.form.occupationGroup')}
                required
                data={[
                  { value: '', label: '—' },
                  ...OCCUPATION_GROUPS.map((g) => ({ value: g, label: t(`nom.occupationGroup.${g}`) })),
                ]}
                {...form.getInputProps('individual.occupationGroup')}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput {...big} label={t('nom.form.field')} {...form.getInputProps('individual.field')} />
                <TextInput
                  {...big}
                  label={t('nom.form.phone')}
                  type="tel"
                  inputMode="tel"
                  {...form.getInputProps('individual.phone')}
                />
              </SimpleGrid>
            </Stack>
          ) : (
            <Stack>
              <TextInput
                {...big}
                label={t('nom.form.collectiveName')}
                required
                {...form.getInputProps('collective.name')}
              />
              <TextInput
                {...big}
                label={t('nom.form.collectiveType')}
                required
                {...form.getInputProps('collective.collectiveType')}
              />
              <TextInput
                {...big}
                label={t('nom.form.headName')}
                required
                {...form.getInputProps('collective.headName')}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <NumberInput
                  {...big}
                  label={t('nom.form.memberCount')}
                  required
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  inputMode="numeric"
                  {...form.getInputProps('collective.memberCount')}
                />
                <NumberInput
                  {...big}
                  label={t('nom.form.womenSharePercent')}
                  required
                  min={0}
                  max={100}
                  allowNegative={false}
                  hideControls
                  inputMode="decimal"
                  {...form.getInputProps('collective.womenSharePercent')}
                />
              </SimpleGrid>
            </Stack>
          )}
        </Paper>

        <Paper withBorder p="md">
          <SummaryEditor
            label={t('nom.form.summary')}
            description={t('nom.form.summaryHelp')}
            value={v.summaryHtml}
            onChange={(html) => form.setFieldValue('summaryHtml', html)}
            error={form.errors.summaryHtml}
            resetKey={resetKey}
          />
        </Paper>

        <Paper withBorder p="md">
          <Stack>
            <Checkbox
              size="md"
              label={t('nom.form.hasReview')}
              {...form.getInputProps('hasReview', { type: 'checkbox' })}
            />
            {v.hasReview && (
              <>
                <Text fw={600}>{t('nom.form.reviewTitle')}</Text>
                <DateField
                  label={t('nom.form.meetingDate')}
                  required
                  value={v.unitReview.meetingDate}
                  onChange={(d) => form.setFieldValue('unitReview.meetingDate', d ?? '')}
                  error={form.errors['unitReview.meetingDate']}
                />
                <SimpleGrid cols={{ base: 1, xs: 3 }}>
                  {(['membersPresent', 'votesFor', 'votesTotal'] as const).map((k) => (
                    <NumberInput
                      key={k}
                      {...big}
                      label={t(`nom.form.${k}`)}
                      required
                      allowDecimal={false}
                      allowNegative={false}
                      hideControls
                      inputMode="numeric"
                      {...form.getInputProps(`unitReview.${k}`)}
                    />
                  ))}
                </SimpleGrid>
              </>
            )}
          </Stack>
        </Paper>

        {problem && !conflict && (
          <Alert color="red" role="alert" variant="light">
            {problem}
          </Alert>
        )}

        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={back} variant="default" size="lg">
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="lg" loading={saving}>
            {nomination ? t('common.save') : t('nom.form.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
