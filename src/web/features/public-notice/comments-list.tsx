import './catalog';
import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMENT_STATUSES,
  type CommentStatus,
  type PublicCommentView,
} from '../../../shared/schemas/publicity';
import { formatDateTime } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { commentsKey, handleComment, noticeKey } from './queries';

const STATUS_COLOR: Record<CommentStatus, string> = {
  new: 'orange',
  upheld: 'red',
  dismissed: 'gray',
  noted: 'blue',
};

/** How the secretary records the handling of one comment (status and note, versioned). */
function HandlingForm({ cid, c }: { cid: string; c: PublicCommentView }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CommentStatus>(c.status);
  const [handling, setHandling] = useState(c.handling);
  const save = useApiMutation({
    mutationFn: () => handleComment(cid, c, { status, handling }),
    invalidate: [commentsKey(cid), noticeKey(cid)],
    successMessage: t('notice.handled'),
  });
  return (
    <Stack gap="xs">
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('notice.handlingStatus')}
          data={COMMENT_STATUSES.map((s) => ({ value: s, label: t(`notice.status.${s}`) }))}
          value={status}
          onChange={(v) => v && setStatus(v as CommentStatus)}
          allowDeselect={false}
          w={240}
        />
      </Group>
      <Textarea
        label={t('notice.handling')}
        value={handling}
        onChange={(e) => setHandling(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={3000}
      />
      {save.error && (
        <Text c="red" size="sm" role="alert">
          {save.error}
        </Text>
      )}
      {!!save.conflict && (
        <Text c="orange" size="sm" role="alert">
          {t('errors.conflictTitle')}
        </Text>
      )}
      <Group>
        <Button size="sm" onClick={() => save.mutate(undefined)} loading={save.isPending}>
          {t('notice.handle')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One comment as sent (text only) and how it was handled. */
export function CommentItem({
  cid,
  c,
  canHandle,
  showCandidate = true,
}: {
  cid: string;
  c: PublicCommentView;
  canHandle: boolean;
  showCandidate?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="public-comment">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          {showCandidate && <Text fw={700}>{c.candidateName ?? t('notice.wholeList')}</Text>}
          <Text size="sm" c="dimmed">
            {[
              c.authorName || t('notice.anonymous'),
              c.authorContact,
              t('notice.sentAt', { at: formatDateTime(c.createdAt) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <Badge color={STATUS_COLOR[c.status]} variant="light">
          {t(`notice.status.${c.status}`)}
        </Badge>
      </Group>
      <Text mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {c.body}
      </Text>
      {c.handling && !canHandle && (
        <Text size="sm" mt="xs">
          <Text span fw={600}>
            {t('notice.handling')}:
          </Text>{' '}
          {c.handling}
        </Text>
      )}
      {c.handledByName && c.handledAt && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('notice.handledBy', { name: c.handledByName, at: formatDateTime(c.handledAt) })}
        </Text>
      )}
      {canHandle && (
        <Stack mt="sm">
          <HandlingForm key={c.version} cid={cid} c={c} />
        </Stack>
      )}
    </Paper>
  );
}
