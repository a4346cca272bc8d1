import { Alert, Anchor, Button, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Nomination } from '../../../shared/schemas/nomination-views';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useRequiredMe } from '../../lib/session';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { ObjectHistory } from '../audit/history-list';
import { useConference } from '../conferences/queries';
import { PublicComments } from '../public-notice/public-comments';
import { OriginCard } from '../upward/origin-card';
import { AttachmentsSection } from './attachments-section';
import { EligibilitySection } from './eligibility-section';
import { DetailsSection, HistorySection, ReviewRecordSection, SummarySection } from './nomination-sections';
import { nameOf, StatusBadge } from './parts';
import { deleteNomination, nominationDataKeys, nominationRole, useNomination } from './queries';
import { type NominationAction, ReviewButtons, useNominationAction } from './review-actions';
import { SubmitOneModal } from './submit-confirm';

/** One nominee: details, summary, review record, files, and the actions the user may take. */
export function NominationDetailPage() {
  const { t } = useTranslation();
  const { conferenceId = '', nominationId = '' } = useParams();
  const me = useRequiredMe();
  const conference = useConference(conferenceId);
  const { data: n, isLoading, error, refetch } = useNomination(conferenceId, nominationId);
  // the unit's explanation (giải trình), sent with the nomination when the register finds it not
  // yet eligible; a send refused without it names the field
  const [note, setNote] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const action = useNominationAction(conferenceId, {
    form: { setErrors: (errors) => setNoteError(errors.eligibilityNote ?? null) },
  });
  usePageTitle(n ? nameOf(n, t('nom.unnamed')) : undefined);

  if (isLoading || conference.isLoading) return <PageLoader />;
  if (error || !n) return <ErrorState error={error} onRetry={() => refetch()} />;
  const role = conference.data ? nominationRole(me, conference.data) : null;
  const backTo =
    role?.isStaff && role.myUnitId !== n.unitId
      ? `/conferences/${conferenceId}/nominations`
      : `/conferences/${conferenceId}/units/${n.unitId}`;
  // A reason's refusal shows in its dialog; a conflict reloads the nomination and says so.
  const failure: string | null =
    (action.variables?.reason === undefined ? action.error : null) ??
    (action.conflict ? t('errors.conflictTitle') : null);
  // shown next to the buttons that failed: the unit's at the bottom, the office's at the top
  const failedSubmit = action.variables?.action === 'submit';
  const failureAlert = failure && (
    <Alert
      color="red"
      variant="filled"
      title={t('nom.detail.cannotSubmit')}
      role="alert"
      data-testid="action-error"
    >
      <Text fz="md">{failure}</Text>
    </Alert>
  );

  return (
    <Stack gap="md" maw={760}>
      <Stack gap={2}>
        <Anchor component={Link} to={backTo} size="sm">
          ‹ {t('common.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={1} fz={{ base: 24, sm: 28 }} style={{ minWidth: 0 }}>
            {nameOf(n, t('nom.unnamed'))}
          </Title>
          <StatusBadge status={n.status} size="lg" />
        </Group>
        <Text c="dimmed">
          {t(`nom.kind.${n.kind}`)} · {n.unitName}
        </Text>
      </Stack>

      {n.returnReason && (n.status === 'returned' || n.status === 'rejected') && (
        <Alert
          color={n.status === 'rejected' ? 'red' : 'orange'}
          variant="filled"
          title={n.status === 'returned' ? t('nom.detail.returnedTitle') : t('nom.status.rejected')}
          data-testid="return-reason"
        >
          <Text fz="lg">{n.returnReason}</Text>
          {n.status === 'returned' && n.permissions.canEdit && (
            <Text size="sm">{t('nom.detail.returnedHelp')}</Text>
          )}
        </Alert>
      )}

      {!failedSubmit && failureAlert}
      <ReviewButtons n={n} action={action} />
      <OriginCard conferenceId={conferenceId} nominationId={n.id} />
      <DetailsSection n={n} />
      <EligibilitySection
        n={n}
        note={note}
        error={noteError}
        onNote={(v) => {
          setNote(v);
          setNoteError(null);
        }}
      />
      <SummarySection html={n.summaryHtml} />
      <PublicComments nominationId={n.id} enabled={!!role?.isStaff} />
      <ReviewRecordSection review={n.unitReview} />
      <AttachmentsSection nomination={n} />
      <HistorySection history={n.history} />
      {failedSubmit && failureAlert}
      <UnitButtons n={n} action={action} note={note} />
      {conference.data && (
        <ObjectHistory
          organizationId={conference.data.organizationId}
          entityType="nomination"
          entityId={n.id}
        />
      )}
      {n.permissions.canDelete && <DeleteButton n={n} />}
    </Stack>
  );
}

/**
 * Gửi (gửi lại) and Sửa thông tin: the unit's two big buttons, under everything they send (the
 * files included). Sending asks first, naming what goes to the council.
 */
function UnitButtons({ n, action, note }: { n: Nomination; action: NominationAction; note: string | null }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const p = n.permissions;
  if (!p.canSubmit && !p.canEdit) return null;
  const send = () =>
    action
      .mutateAsync({
        id: n.id,
        name: n.name,
        version: n.version,
        action: 'submit',
        eligibilityNote: note ?? undefined,
      })
      .catch(() => {}) // the refusal shows above (action-error)
      .finally(() => setAsking(false));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      {asking && (
        <SubmitOneModal
          n={n}
          loading={action.busy(n.id, 'submit')}
          onConfirm={() => void send()}
          onClose={() => setAsking(false)}
        />
      )}
      {p.canSubmit && (
        <Button size="lg" h={56} color="green" onClick={() => setAsking(true)}>
          {n.status === 'returned' ? t('nom.detail.resubmit') : t('nom.detail.submit')}
        </Button>
      )}
      {p.canEdit && (
        <Button
          component={Link}
          to={`/conferences/${n.conferenceId}/nominations/${n.id}/edit`}
          size="lg"
          h={56}
          variant="light"
        >
          {t('nom.detail.edit')}
        </Button>
      )}
    </SimpleGrid>
  );
}

/** Xóa bản nháp, after a question. */
function DeleteButton({ n }: { n: Nomination }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const remove = useApiMutation({
    mutationFn: () => deleteNomination({ cid: n.conferenceId, id: n.id, version: n.version }),
    invalidate: nominationDataKeys(n.conferenceId),
    successMessage: t('nom.detail.deleted'),
    onSuccess: () => navigate(`/conferences/${n.conferenceId}/units/${n.unitId}`, { replace: true }),
  });
  return (
    <Group>
      <Button color="red" variant="subtle" onClick={() => setAsking(true)}>
        {t('nom.detail.delete')}
      </Button>
      {asking && (
        <Modal opened onClose={() => setAsking(false)} title={t('common.confirmDelete')} centered>
          <Stack>
            <Text>{t('nom.detail.deleteQuestion', { name: nameOf(n, t('nom.unnamed')) })}</Text>
            {remove.error && (
              <Alert color="red" role="alert" variant="light">
                {remove.error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(undefined)}>
                {t('common.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Group>
  );
}
