import './catalog';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CommentItem } from './comments-list';
import { useComments } from './queries';

/**
 * "Ý kiến công khai (n)" of one candidate, for the council: on the nomination's page and on the
 * voting card. Shows nothing while there is none (or the notice is not there).
 */
export function PublicComments({
  nominationId,
  compact = false,
  enabled = true,
}: {
  nominationId: string;
  compact?: boolean;
  /** False for who may not read the comments (a unit head). */
  enabled?: boolean;
}) {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  const { data } = useComments(conferenceId, enabled && !!conferenceId);
  const items = (data?.items ?? []).filter((c) => c.nominationId === nominationId);
  if (!enabled || items.length === 0) return null;
  return (
    <Stack
      gap="xs"
      mb={compact ? 'sm' : undefined}
      component="section"
      aria-label={t('notice.publicComments', { count: items.length })}
      data-testid="public-comments"
    >
      <Title order={compact ? 4 : 2} fz={compact ? 'md' : 'h3'}>
        {t('notice.publicComments', { count: items.length })}
      </Title>
      {!compact && (
        <Text size="sm" c="dimmed">
          {t('notice.publicCommentsHelp')}
        </Text>
      )}
      {items.map((c) => (
        <CommentItem key={c.id} cid={conferenceId} c={c} canHandle={false} showCandidate={false} />
      ))}
    </Stack>
  );
}
