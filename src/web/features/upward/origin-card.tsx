import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NominationOrigin } from '../../../shared/schemas/upward';
import { useGet } from '../../lib/use-get';

/**
 * Nguồn gốc: on an upper-level nomination that a lower level sent (or a dossier ZIP brought), where
 * it came from — organizer, conference, the lower council's result, the QĐ. Nothing for the others.
 */
export function OriginCard({ conferenceId, nominationId }: { conferenceId: string; nominationId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useGet<NominationOrigin>(
    ['nomination-origin', conferenceId, nominationId],
    `/api/conferences/${conferenceId}/nominations/${nominationId}/origin`,
    { retry: false },
  );
  if (!data) return null;
  const r = data.councilResult;
  return (
    <Paper withBorder p="md" data-testid="nomination-origin">
      <Stack gap={4}>
        <Title order={3} fz="lg">
          {t('up.origin.title')}
        </Title>
        <Text>
          {t('up.origin.from', {
            organization: data.sourceOrganizationName,
            conference: data.sourceConferenceName,
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`up.channel.${data.channel}`)} · {data.sentByName} ·{' '}
          {new Date(data.sentAt).toLocaleString(i18n.language)}
        </Text>
        {r && (
          <Text size="sm">
            {t('up.origin.council', { agree: r.agree, base: r.base, share: r.sharePercent })}
          </Text>
        )}
        {data.decisionRef && <Text size="sm">{data.decisionRef}</Text>}
      </Stack>
    </Paper>
  );
}
