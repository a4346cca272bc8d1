import '../../mantine-rest.css';
import { Anchor, Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RUN_ACTIONS } from '../../../shared/schemas/program';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { HallControls } from '../board/hall-controls';
import { programPath, programWrites, runKey, useRun } from './queries';

/**
 * Điều hành chương trình, fit to project: the item on stage in large type, the next one, how far
 * the day is ahead or behind, and one tap (or → / Space) to move on. Other screens poll.
 */
export function RunPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const run = useRun(cid);
  const qc = useQueryClient();
  const [, tick] = useState(0);
  usePageTitle(t('prog.run.title'));
  useEffect(() => {
    const id = setInterval(() => tick((n) => n + 1), 15_000);
    return () => clearInterval(id);
  }, []);
  const move = useApiMutation({
    mutationFn: (action: (typeof RUN_ACTIONS)[number]) =>
      programWrites.run(cid, { action, fromItemId: run.data?.current?.id ?? null }),
    invalidate: [runKey(cid)],
    onSuccess: (data) => qc.setQueryData(runKey(cid), data),
  });
  useEffect(() => {
    if (move.conflict !== null) notifications.show({ color: 'orange', message: t('prog.run.moved') });
  }, [move.conflict, t]);
  useEffect(() => {
    if (move.error) notifications.show({ color: 'red', message: move.error });
  }, [move.error]);
  const busy = move.isPending;
  const act = (action: (typeof RUN_ACTIONS)[number]) => {
    if (run.data && !busy) move.mutate(action);
  };
  const canRun = run.data?.permissions.canRun ?? false;
  const running = run.data?.running ?? false;
  useEffect(() => {
    if (!canRun) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'BUTTON'].includes(target.tagName)) return;
      if (e.key === 'ArrowRight' || e.key === ' ') {
        e.preventDefault();
        act(running ? 'next' : 'start');
      }
      if (e.key === 'ArrowLeft') act('back');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (run.isLoading) return <PageLoader />;
  if (run.error || !run.data) return <ErrorState error={run.error} onRetry={() => run.refetch()} />;
  const r = run.data;
  const elapsed = r.startedAt ? Math.floor((Date.now() - new Date(r.startedAt).getTime()) / 60_000) : null;

  return (
    <Box component="main" p={{ base: 'md', md: 'xl' }} mih="100vh" bg="dark.8" c="white">
      <Group justify="space-between" mb="lg">
        <Anchor component={Link} to={programPath(cid)} c="gray.4" size="sm">
          {t('prog.run.backToProgram')}
        </Anchor>
        <Group gap="md">
          <Text c="gray.4" size="lg" ff="monospace">
            {r.session.startTime} – {r.session.end}
          </Text>
          {r.overUnder && (
            <Badge size="xl" color={(r.overMinutes ?? 0) > 0 ? 'red' : 'green'} data-testid="run-over">
              {r.overUnder}
            </Badge>
          )}
        </Group>
      </Group>
      <Stack gap="xl" data-testid="run-current">
        <div>
          <Text c="gray.4" tt="uppercase" fw={700}>
            {t('prog.run.current')}
          </Text>
          {r.current ? (
            <>
              <Title order={1} fz={{ base: 36, md: 64 }} lh={1.15}>
                {r.current.number}. {r.current.title}
              </Title>
              {r.current.presenterName && (
                <Text fz={{ base: 22, md: 32 }} c="gray.3">
                  {r.current.presenterName}
                </Text>
              )}
              <Text fz="xl" c="gray.4" mt="xs">
                {t('prog.run.plannedAt', { start: r.current.start, end: r.current.end })} ·{' '}
                {t('prog.run.elapsed', { count: elapsed ?? 0, planned: r.current.durationMinutes })}
              </Text>
            </>
          ) : (
            <Title order={1} fz={{ base: 32, md: 56 }}>
              {r.finished ? t('prog.run.finished') : t('prog.run.notStarted')}
            </Title>
          )}
        </div>
        <div data-testid="run-next">
          <Text c="gray.4" tt="uppercase" fw={700}>
            {t('prog.run.next')}
          </Text>
          <Text fz={{ base: 22, md: 34 }}>
            {r.next ? `${r.next.start} · ${r.next.number}. ${r.next.title}` : t('prog.run.none')}
          </Text>
        </div>
        {canRun && (
          <Group gap="md">
            <Button size="xl" variant="default" onClick={() => act('back')} disabled={busy || !r.current}>
              {t('prog.run.back')}
            </Button>
            <Button
              size="xl"
              color="green"
              onClick={() => act(r.running ? 'next' : 'start')}
              loading={busy}
              disabled={r.total === 0}
            >
              {r.running ? t('prog.run.advance') : t('prog.run.start')}
            </Button>
            {r.runStartedAt && (
              <Button size="xl" variant="outline" color="gray.4" onClick={() => act('stop')} disabled={busy}>
                {t('prog.run.stop')}
              </Button>
            )}
          </Group>
        )}
        {canRun && <HallControls cid={cid} run={r} />}
      </Stack>
    </Box>
  );
}
