import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DelegateListView, DelegateView } from '../../../shared/schemas/delegates';
import { ErrorState, PageLoader } from '../../components/page-state';
import { formatDateTime } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { CompositionGauge, useComposition } from './composition-gauge';
import { DelegateModal } from './delegate-modal';
import { DelegatesTable } from './delegates-table';
import { FinalizeModal } from './finalize-modal';
import { ListToolbar } from './list-toolbar';
import { delegateApi, delegateListKey, delegatesPath, useDelegateList, useErrorNotice } from './queries';

/** Title, the way to reception, finalize / reopen, and the finalized notice. */
function ListHeader({
  cid,
  list,
  onFinalize,
}: {
  cid: string;
  list: DelegateListView;
  onFinalize: () => void;
}) {
  const { t } = useTranslation();
  const { finalization: fin, permissions: perms } = list;
  const reopen = useApiMutation({
    mutationFn: () => delegateApi.reopen(cid),
    invalidate: [delegateListKey(cid)],
    successMessage: t('del.finalize.reopened'),
  });
  useErrorNotice(reopen.error);
  return (
    <>
      <Stack gap={2}>
        <Anchor component={Link} to={`/conferences/${cid}`} size="sm">
          {t('del.nav.backToConference')}
        </Anchor>
        <Group justify="space-between">
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {t('del.list.title')}
          </Title>
          <Group gap="xs">
            {perms.canCheckIn && (
              <Button component={Link} to={delegatesPath.reception(cid)} variant="light">
                {t('del.nav.reception')}
              </Button>
            )}
            {fin.finalized
              ? perms.canManage && (
                  <Button variant="default" onClick={() => reopen.mutate()} loading={reopen.isPending}>
                    {t('del.list.reopen')}
                  </Button>
                )
              : (perms.canFinalize || perms.canOverride) && (
                  <Button onClick={onFinalize}>{t('del.list.finalize')}</Button>
                )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('del.list.help')}
        </Text>
      </Stack>
      {fin.finalized && (
        <Alert color={fin.overrideReason ? 'orange' : 'green'} data-testid="finalized">
          {t('del.list.finalized', { at: formatDateTime(fin.finalizedAt), by: fin.finalizedByName ?? '' })}
          {fin.overrideReason && (
            <Text size="sm">{t('del.list.overridden', { reason: fin.overrideReason })}</Text>
          )}
        </Alert>
      )}
    </>
  );
}

/** Danh sách đại biểu: the secretary's list with the live composition gauge. */
export function DelegatesPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const conf = useConference(cid);
  const list = useDelegateList(cid);
  const [editing, setEditing] = useState<DelegateView | 'new' | null>(null);
  const [finalizing, setFinalizing] = useState(false);
  usePageTitle(t('del.list.title'));
  const check = useComposition(conf.data?.plan.delegateRules, list.data?.items ?? []);

  if (conf.isLoading || list.isLoading) return <PageLoader />;
  if (conf.error || list.error || !conf.data || !list.data)
    return <ErrorState error={conf.error ?? list.error} onRetry={() => void list.refetch()} />;
  const rules = conf.data.plan.delegateRules;
  const { finalization: fin, permissions: perms } = list.data;

  return (
    <Stack gap="md">
      <ListHeader cid={cid} list={list.data} onFinalize={() => setFinalizing(true)} />
      <ListToolbar
        cid={cid}
        canManage={perms.canManage}
        finalized={fin.finalized}
        onAddGuest={() => setEditing('new')}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 1, lg: 2 }}>
          {check && <CompositionGauge check={check} />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }} order={{ base: 2, lg: 1 }}>
          <DelegatesTable
            cid={cid}
            items={list.data.items}
            rules={rules}
            canManage={perms.canManage}
            onEdit={setEditing}
          />
        </Grid.Col>
      </Grid>
      {editing && (
        <DelegateModal
          cid={cid}
          rules={rules}
          mode={editing === 'new' ? 'create' : 'edit'}
          delegate={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      {finalizing && check && (
        <FinalizeModal
          cid={cid}
          check={check}
          listVersion={fin.listVersion}
          canOverride={perms.canOverride}
          onClose={() => setFinalizing(false)}
        />
      )}
    </Stack>
  );
}
