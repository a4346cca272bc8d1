import { Alert, Anchor, Button, Card, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SubjectView } from '../../../shared/schemas/honours';
import { ErrorAlert } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { canIn } from '../../lib/actor';
import { useCurrentOrg } from '../../lib/current-org';
import { useRequiredMe } from '../../lib/session';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { honoursKey, mergeSubjects, useDuplicates } from './queries';

type Pair = { subjects: SubjectView[]; reason: string };

function Who({ s }: { s: SubjectView }) {
  const { t } = useTranslation();
  return (
    <div>
      <Anchor component={Link} to={`/honours/subjects/${s.id}`} fw={600}>
        {s.name}
      </Anchor>
      <Text size="sm" c="dimmed">
        {[s.birthYear ? t('honours.subject.born', { year: s.birthYear }) : null, s.unitName || null]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </div>
  );
}

/** Rà soát trùng lặp: pairs of records that may be one person or collective; "Gộp" after a confirm. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const { organization } = useCurrentOrg();
  const orgId = organization?.id ?? '';
  const list = useDuplicates(orgId);
  const [merging, setMerging] = useState<Pair | null>(null);
  usePageTitle(t('honours.duplicates.title'));
  if (!organization || list.isLoading) return <PageLoader />;
  if (list.error || !list.data) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const manage = canIn(me, 'honour.manage', orgId);
  const groups = list.data.groups;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/honours" size="sm">
        {t('honours.subject.back')}
      </Anchor>
      <PageHeader title={t('honours.duplicates.title')} help={t('honours.duplicates.help')} />
      {groups.length === 0 && <Alert color="gray">{t('honours.duplicates.empty')}</Alert>}
      {groups.map((g) => (
        <Card key={g.subjects.map((s) => s.id).join('+')} withBorder data-testid="duplicate-pair">
          <Text size="sm" c="orange.8" fw={600} mb="xs">
            {g.reason}
          </Text>
          <Group justify="space-between" align="flex-end" gap="sm">
            <Stack gap="xs">
              {g.subjects.map((s) => (
                <Who key={s.id} s={s} />
              ))}
            </Stack>
            {manage && (
              <Button
                variant="light"
                onClick={() => setMerging(g)}
                aria-label={t('honours.duplicates.mergeAria', { name: g.subjects[0]?.name })}
              >
                {t('honours.duplicates.merge')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
      {merging && <MergeModal orgId={orgId} pair={merging} onClose={() => setMerging(null)} />}
    </Stack>
  );
}

/** Gộp: which record stays; the other is merged into it (audited, can be split again). */
function MergeModal({ orgId, pair, onClose }: { orgId: string; pair: Pair; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [keepId, setKeepId] = useState(pair.subjects[0]!.id);
  const mergeId = pair.subjects.find((s) => s.id !== keepId)!.id;
  const merge = useApiMutation({
    mutationFn: () => mergeSubjects(orgId, { keepId, mergeId }),
    invalidate: [honoursKey(orgId)],
    successMessage: t('honours.duplicates.merged'),
    onSuccess: (page) => navigate(`/honours/subjects/${page.subject.id}`),
  });
  return (
    <Modal opened onClose={onClose} title={t('honours.duplicates.confirmTitle')} centered>
      <Stack>
        <Radio.Group
          label={t('honours.duplicates.keep')}
          description={t('honours.duplicates.keepHelp')}
          value={keepId}
          onChange={setKeepId}
        >
          <Stack gap="xs" mt="xs">
            {pair.subjects.map((s) => (
              <Radio
                key={s.id}
                value={s.id}
                label={[s.name, s.birthYear, s.unitName].filter(Boolean).join(' · ')}
              />
            ))}
          </Stack>
        </Radio.Group>
        <ErrorAlert error={merge.error} testId="merge-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => merge.mutate(undefined)} loading={merge.isPending}>
            {t('honours.duplicates.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
