import './catalog';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RUN_ACTIONS, RunView } from '../../../shared/schemas/program';
import { api } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { runKey } from '../program/queries';
import { slideshowPath } from './queries';

type ShowAction = Extract<(typeof RUN_ACTIONS)[number], `show_${string}`>;

/** What the hall's screen shows, moved from the run-of-show page (the slideshow polls it). */
export function HallControls({ cid, run }: { cid: string; run: RunView }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const shown = run.hall.mode === 'honours' ? run.hall.group : -1;
  const move = useApiMutation({
    mutationFn: (action: ShowAction) =>
      api<RunView>('POST', `/api/conferences/${cid}/program/run`, {
        action,
        ...(action === 'show_next_group' ? { fromShowGroup: shown } : {}),
      }),
    invalidate: [runKey(cid)],
    onSuccess: (data) => qc.setQueryData(runKey(cid), data),
  });
  const what =
    run.hall.mode === 'photos'
      ? t('board.show.modePhotos')
      : run.hall.mode === 'honours'
        ? t('board.show.modeGroup', { n: run.hall.group + 1 })
        : t('board.show.modeOff');
  return (
    <div data-testid="hall-controls">
      <Text c="gray.4" tt="uppercase" fw={700}>
        {t('board.show.title')}
      </Text>
      <Text fz="lg" mb="xs">
        {t('board.show.now', { what })}{' '}
        <Anchor component={Link} to={slideshowPath(cid)} target="_blank" c="gray.3" size="sm">
          {t('board.show.openScreen')}
        </Anchor>
      </Text>
      <Group gap="sm">
        <Button
          size="md"
          variant="light"
          onClick={() => move.mutate('show_photos')}
          disabled={move.isPending}
        >
          {t('board.show.photos')}
        </Button>
        <Button
          size="md"
          color="yellow"
          onClick={() => move.mutate('show_next_group')}
          loading={move.isPending}
        >
          {t('board.show.nextGroup')}
        </Button>
        <Button
          size="md"
          variant="outline"
          color="gray.4"
          onClick={() => move.mutate('show_off')}
          disabled={move.isPending}
        >
          {t('board.show.off')}
        </Button>
      </Group>
    </div>
  );
}
