import {
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api, apiUpload, downloadFile } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { useRequiredMe } from '../../lib/session';
import type { Attachment, Nomination } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { Field, ReasonModal, StatusBadge } from './parts';
import { invalidateNominationData, nominationKey, nominationRole, useNomination } from './queries';
import { SummaryView } from './summary-html';

const MAX_BYTES = 10 * 1024 * 1024;
/** Photos (a phone offers its camera), PDF and Word files. */
const ACCEPT = 'image/*,application/pdf,.docx';

const sizeText = (n: number) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(n / 1024))} KB`;

/** One nominee: details, summary, review record, files, and the actions the user may take. */
export function NominationDetailPage() {
  const { t } = useTranslation();
  const { conferenceId = '', nominationId = '' } = useParams();
  const me = useRequiredMe();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const conference = useConference(conferenceId);
  const { data: n, isLoading, error, refetch } = useNomination(conferenceId, nominationId);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState<'return' | 'reject' | 'delete' | null>(null);
  usePageTitle(n?.name);

  if (isLoading || conference.isLoading) return <PageLoader />;
  if (error || !n) return <ErrorState error={error} onRetry={() => refetch()} />;
  const role = conference.data ? nominationRole(me, conference.data) : null;
  const p = n.permissions;
  const base = `/api/conferences/${conferenceId}/nominations/${n.id}`;

  const update = async (next: Nomination | null) => {
    if (next) qc.setQueryData(nominationKey(conferenceId, n.id), next);
    await invalidateNominationData(qc, conferenceId);
  };

  const act = async (action: 'submit' | 'accept' | 'return' | 'reject', reason?: string) => {
    setBusy(action);
    setFailure(null);
    try {
      const next = await api<Nomination>('POST', `${base}/${action}`, { version: n.version, reason });
      await update(next);
      const done = {
        submit: 'submitted',
        accept: 'accepted',
        return: 'returned',
        reject: 'rejected',
      } as const;
      notifications.show({ color: 'green', message: t(`nom.detail.${done[action]}`) });
      setAsking(null);
    } catch (err) {
      const message = err instanceof ApiError ? err.message : t('errors.generic');
      if (err instanceof ApiError && err.isConflict) void refetch();
      if (reason !== undefined) throw new Error(message);
      setFailure(message);
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('delete');
    try {
      await api('DELETE', `${base}?version=${n.version}`);
      await invalidateNominationData(qc, conferenceId);
      notifications.show({ message: t('nom.detail.deleted') });
      navigate(`/conferences/${conferenceId}/units/${n.unitId}`, { replace: true });
    } catch (err) {
      setFailure(err instanceof ApiError ? err.message : t('errors.generic'));
      setAsking(null);
    } finally {
      setBusy(null);
    }
  };

  const backTo =
    role?.isStaff && role.myUnitId !== n.unitId
      ? `/conferences/${conferenceId}/nominations`
      : `/conferences/${conferenceId}/units/${n.unitId}`;
  const i = n.individual;
  const c = n.collective;
  const r = n.unitReview;

  return (
    <Stack gap="md" maw={760}>
      <Stack gap={2}>
        <Anchor component={Link} to={backTo} size="sm">
          ‹ {t('common.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={1} fz={{ base: 24, sm: 28 }} style={{ minWidth: 0 }}>
            {n.name}
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
          {n.status === 'returned' && p.canEdit && <Text size="sm">{t('nom.detail.returnedHelp')}</Text>}
        </Alert>
      )}

      {failure && (
        <Alert
          color="red"
          variant="filled"
          title={t('nom.detail.cannotSubmit')}
          role="alert"
          data-testid="action-error"
        >
          <Text fz="md">{failure}</Text>
        </Alert>
      )}

      {(p.canSubmit || p.canEdit) && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {p.canSubmit && (
            <Button
              size="lg"
              h={56}
              color="green"
              loading={busy === 'submit'}
              onClick={() => void act('submit')}
            >
              {n.status === 'returned' ? t('nom.detail.resubmit') : t('nom.detail.submit')}
            </Button>
          )}
          {p.canEdit && (
            <Button
              component={Link}
              to={`/conferences/${conferenceId}/nominations/${n.id}/edit`}
              size="lg"
              h={56}
              variant="light"
            >
              {t('nom.detail.edit')}
            </Button>
          )}
        </SimpleGrid>
      )}

      {(p.canReturn || p.canAccept || p.canReject) && (
        <Group gap="sm">
          {p.canAccept && (
            <Button size="md" color="green" loading={busy === 'accept'} onClick={() => void act('accept')}>
              {t('nom.detail.accept')}
            </Button>
          )}
          {p.canReturn && (
            <Button size="md" color="orange" variant="light" onClick={() => setAsking('return')}>
              {t('nom.detail.return')}
            </Button>
          )}
          {p.canReject && (
            <Button size="md" color="red" variant="subtle" onClick={() => setAsking('reject')}>
              {t('nom.detail.reject')}
            </Button>
          )}
        </Group>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="sec-n-details">
        <Title order={2} fz="lg" mb="sm" id="sec-n-details">
          {t('nom.detail.details')}
        </Title>
        <Stack gap={4}>
          <Field label={t('nom.detail.awardForm')}>{n.awardFormName}</Field>
          {i && (
            <>
              <Field label={t('nom.form.gender')}>{t(`nom.gender.${i.gender}`)}</Field>
              <Field label={t('nom.form.birthYear')}>{i.birthYear}</Field>
              <Field label={t('nom.form.ethnicity')}>{i.ethnicity}</Field>
              <Field label={t('nom.form.position')}>{i.position}</Field>
              <Field label={t('nom.form.occupationGroup')}>
                {t(`nom.occupationGroup.${i.occupationGroup}`)}
              </Field>
              {i.field && <Field label={t('nom.form.field')}>{i.field}</Field>}
              {i.phone && (
                <Field label={t('units.phone')}>
                  <a href={`tel:${i.phone}`}>{i.phone}</a>
                </Field>
              )}
            </>
          )}
          {c && (
            <>
              <Field label={t('nom.form.collectiveType')}>{c.collectiveType}</Field>
              <Field label={t('nom.form.headName')}>{c.headName}</Field>
              <Field label={t('nom.form.memberCount')}>
                {t('nom.detail.members', { count: c.memberCount, women: c.womenSharePercent })}
              </Field>
            </>
          )}
          {n.submittedAt && (
            <Field label={t('nom.detail.submittedAt')}>{formatDateTime(n.submittedAt)}</Field>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="sec-n-summary">
        <Title order={2} fz="lg" mb="sm" id="sec-n-summary">
          {t('nom.detail.summary')}
        </Title>
        {n.summaryHtml ? (
          <div data-testid="summary-view" style={{ fontSize: 16, lineHeight: 1.6 }}>
            <SummaryView html={n.summaryHtml} />
          </div>
        ) : (
          <Text c="dimmed">{t('nom.detail.noSummary')}</Text>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="sec-n-review">
        <Title order={2} fz="lg" mb="sm" id="sec-n-review">
          {t('nom.detail.review')}
        </Title>
        <Text>
          {r
            ? t('nom.detail.reviewLine', {
                date: formatDate(r.meetingDate),
                present: r.membersPresent,
                votesFor: r.votesFor,
                votesTotal: r.votesTotal,
              })
            : t('nom.detail.noReview')}
        </Text>
      </Paper>

      <Attachments nomination={n} onChange={update} />

      {p.canDelete && (
        <Group>
          <Button color="red" variant="subtle" onClick={() => setAsking('delete')}>
            {t('nom.detail.delete')}
          </Button>
        </Group>
      )}

      {(asking === 'return' || asking === 'reject') && (
        <ReasonModal
          title={t(asking === 'return' ? 'nom.reason.returnTitle' : 'nom.reason.rejectTitle', {
            name: n.name,
          })}
          confirmLabel={t(asking === 'return' ? 'nom.detail.return' : 'nom.detail.reject')}
          color={asking === 'return' ? 'orange' : 'red'}
          onConfirm={(reason) => act(asking, reason)}
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'delete' && (
        <Modal opened onClose={() => setAsking(null)} title={t('common.confirmDelete')} centered>
          <Stack>
            <Text>{t('nom.detail.deleteQuestion', { name: n.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={busy === 'delete'} onClick={() => void remove()}>
                {t('common.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}

/** Tệp đính kèm: list with downloads; add (a phone offers its camera) and remove while editable. */
function Attachments({
  nomination: n,
  onChange,
}: {
  nomination: Nomination;
  onChange: (next: Nomination | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/conferences/${n.conferenceId}/nominations/${n.id}/attachments`;

  const upload = async (file: File | null) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(t('nom.files.tooLarge', { name: file.name }));
      return;
    }
    setUploading(true);
    try {
      const next = await apiUpload<Nomination>(base, file);
      await onChange(next);
      notifications.show({ color: 'green', message: t('nom.files.uploaded', { name: file.name }) });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.generic'));
    } finally {
      setUploading(false);
    }
  };

  const remove = async (a: Attachment) => {
    setError(null);
    try {
      await api('DELETE', `${base}/${a.id}`);
      await onChange({ ...n, attachments: n.attachments.filter((x) => x.id !== a.id) });
      notifications.show({ message: t('nom.files.removed') });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.generic'));
    }
  };

  const download = async (a: Attachment) => {
    try {
      await downloadFile(`${base}/${a.id}`, a.fileName);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.generic'));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-n-files">
      <Title order={2} fz="lg" mb={4} id="sec-n-files">
        {t('nom.files.title')} ({n.attachments.length})
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('nom.files.help')}
      </Text>
      <Stack gap="xs" data-testid="attachments">
        {n.attachments.length === 0 && <Text c="dimmed">{t('nom.files.none')}</Text>}
        {n.attachments.map((a) => (
          <Group key={a.id} justify="space-between" wrap="nowrap" gap="xs">
            <Anchor
              component="button"
              type="button"
              onClick={() => void download(a)}
              style={{ minWidth: 0, overflowWrap: 'anywhere', textAlign: 'left' }}
              aria-label={t('nom.files.download', { name: a.fileName })}
              py={6}
            >
              {a.fileName}
            </Anchor>
            <Group gap={4} wrap="nowrap">
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {sizeText(a.size)}
              </Text>
              {n.permissions.canEdit && (
                <Button
                  size="md"
                  px="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('nom.files.remove', { name: a.fileName })}
                  onClick={() => void remove(a)}
                >
                  ✕
                </Button>
              )}
            </Group>
          </Group>
        ))}
        {error && (
          <Alert color="red" role="alert" variant="light">
            {error}
          </Alert>
        )}
        {n.permissions.canEdit && (
          <FileButton onChange={(f) => void upload(f)} accept={ACCEPT}>
            {(props) => (
              <Button {...props} size="lg" h={56} variant="outline" loading={uploading} mt="xs">
                {uploading ? t('nom.files.uploading') : t('nom.files.add')}
              </Button>
            )}
          </FileButton>
        )}
      </Stack>
    </Paper>
  );
}
