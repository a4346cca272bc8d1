import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AwardFormView as AwardForm } from '../../../shared/schemas/award-forms';
import type { Nomination } from '../../../shared/schemas/nomination-views';
import { nominationDraftSchema } from '../../../shared/schemas/nominations';
import { ConflictAlert } from '../../components/conflict-alert';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { EligibilityCard } from '../eligibility/eligibility-card';
import { AttachmentsSection } from './attachments-section';
import {
  CollectiveFields,
  IndividualFields,
  KindAndFormSection,
  UnitReviewFields,
} from './nomination-form-sections';
import {
  type NominationFormValues,
  nominationFormSchema,
  type StoredNomination,
  toFormValues,
  toRequestBody,
} from './nomination-form-values';
import {
  nominationDataKeys,
  nominationKey,
  saveNominationWithFiles,
  useAwardForms,
  useNomination,
  useQuotaGrid,
} from './queries';
import { RegisterFields } from './register-fields';
import { StagedAttachments, type StagedFile } from './staged-attachments';

// The editor (Tiptap) is the heavy part of this screen: it loads while the rest is already usable.
const SummaryEditor = lazy(() => import('./summary-editor'));

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

type Props = { conferenceId: string; unitId: string; forms: AwardForm[]; nomination: Nomination | null };

function NominationForm({ conferenceId, unitId, forms, nomination }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const grid = useQuotaGrid(conferenceId);
  const [version, setVersion] = useState(nomination?.version ?? 0);
  const [invalid, setInvalid] = useState<number | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [staged, setStaged] = useState<StagedFile[]>([]);
  const form = useForm<NominationFormValues>({
    initialValues: toFormValues(nomination),
    validate: schemaResolver(nominationFormSchema, { sync: true }),
  });
  const save = useApiMutation<
    Parameters<typeof saveNominationWithFiles>[0],
    Awaited<ReturnType<typeof saveNominationWithFiles>>,
    StoredNomination & Nomination
  >({
    mutationFn: saveNominationWithFiles,
    invalidate: nominationDataKeys(conferenceId),
    form,
    successMessage: t('nom.form.saved'),
    onSuccess: ({ saved, failed }) => {
      qc.setQueryData(nominationKey(conferenceId, saved.id), saved);
      if (failed.length)
        notifications.show({ color: 'red', title: t('nom.files.notAttached'), message: failed.join('; ') });
      navigate(`/conferences/${conferenceId}/nominations/${saved.id}`, { replace: !!nomination });
    },
  });
  const title = nomination ? t('nom.form.editTitle') : t('nom.form.addTitle');
  const isDraft = !nomination || nomination.status === 'draft';
  usePageTitle(title);
  const v = form.values;
  const cell = grid.data?.cells.find((c) => c.unitId === unitId && c.awardFormId === v.awardFormId);
  const back = nomination
    ? `/conferences/${conferenceId}/nominations/${nomination.id}`
    : `/conferences/${conferenceId}/units/${unitId}`;

  const submit = form.onSubmit(
    (values) => {
      setInvalid(null);
      const body = nominationDraftSchema.parse(toRequestBody(values));
      const files = staged.map((f) => f.file);
      save.mutate({ cid: conferenceId, unitId, id: nomination?.id, version, body, files });
    },
    (errors) => setInvalid(Object.keys(errors).length),
  );
  const problem = invalid ? t('errors.fixBeforeSave', { count: invalid }) : save.error;

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
          {isDraft && <Text size="sm">{t('nom.form.draftHelp')}</Text>}
        </Stack>

        {save.conflict && (
          <ConflictAlert
            current={<Text size="sm">{save.conflict.name ?? ''}</Text>}
            onReload={() => {
              const current = save.conflict!;
              form.setValues(toFormValues(current));
              setVersion(current.version ?? version);
              save.clearConflict();
              setResetKey((k) => k + 1);
            }}
          />
        )}

        <KindAndFormSection form={form} forms={forms} cell={cell} />
        <Paper withBorder p="md">
          {v.kind === 'individual' ? <IndividualFields form={form} /> : <CollectiveFields form={form} />}
        </Paper>
        <Paper withBorder p="md">
          <Suspense fallback={<Skeleton height={240} />}>
            <SummaryEditor
              label={t('nom.form.summary')}
              description={t('nom.form.summaryHelp')}
              value={v.summaryHtml}
              onChange={(html) => form.setFieldValue('summaryHtml', html)}
              error={form.errors.summaryHtml}
              resetKey={resetKey}
            />
          </Suspense>
        </Paper>
        {nomination && <EligibilityCard e={nomination.eligibility} />}
        <RegisterFields form={form} conferenceId={conferenceId} nomination={nomination} />
        <UnitReviewFields form={form} />
        {nomination ? (
          <AttachmentsSection nomination={nomination} />
        ) : (
          <StagedAttachments files={staged} onChange={setStaged} />
        )}

        {problem && !save.conflict && (
          <Alert color="red" role="alert" variant="light">
            {problem}
          </Alert>
        )}

        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={back} variant="default" size="lg">
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="lg" loading={save.isPending}>
            {isDraft ? t('nom.form.saveDraft') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
