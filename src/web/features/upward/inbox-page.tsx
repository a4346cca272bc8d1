import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { UPWARD_STATUSES } from '../../../shared/schemas/upward';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { usePageTitle } from '../../lib/use-page-title';
import { INBOX_PAGE, useUpwardInbox } from './queries';

const STATUS_COLOR = { received: 'blue', returned: 'orange', accepted: 'green', honored: 'grape' } as const;

/** Hồ sơ cấp dưới gửi lên: the upper conference's arrivals (sends and ZIP imports), paginated. */
export function UpwardInboxPage() {
  const { t, i18n } = useTranslation();
  const { conferenceId = '' } = useParams();
  const [offset, setOffset] = useState(0);
  const inbox = useUpwardInbox(conferenceId, offset);
  usePageTitle(t('up.inbox.title'));
  if (inbox.isLoading) return <PageLoader />;
  if (inbox.error || !inbox.data) return <ErrorState error={inbox.error} onRetry={() => inbox.refetch()} />;
  const d = inbox.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/conferences/${conferenceId}/nominations`} size="sm">
        {t('nom.list.title')}
      </Anchor>
      <PageHeader title={t('up.inbox.title')} help={t('up.inbox.help')} />
      <Text c="dimmed" size="sm" data-testid="upward-inbox-total">
        {t('up.inbox.total', { count: d.total })}
      </Text>
      {d.items.length === 0 ? (
        <Text>{t('up.inbox.empty')}</Text>
      ) : (
        <Table data-testid="upward-inbox" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('up.inbox.from')}</Table.Th>
              <Table.Th>{t('up.inbox.unit')}</Table.Th>
              <Table.Th>{t('up.inbox.members')}</Table.Th>
              <Table.Th>{t('up.inbox.decision')}</Table.Th>
              <Table.Th>{t('up.inbox.sentAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.items.map((item) => (
              <Table.Tr key={item.id} data-testid="upward-arrival">
                <Table.Td>
                  <Text fw={600}>{item.sourceOrganizationName}</Text>
                  <Text size="xs" c="dimmed">
                    {item.sourceConferenceName} · {t(`up.channel.${item.channel}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/conferences/${conferenceId}/nominations?unitId=${item.unitId}`}
                  >
                    {item.unitName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Text size="sm">
                      {item.memberCount} · {t('up.inbox.files')}: {item.attachmentCount}
                    </Text>
                    {UPWARD_STATUSES.filter((s) => item.counts[s] > 0).map((s) => (
                      <Badge key={s} color={STATUS_COLOR[s]} tt="none" size="sm">
                        {t(`up.status.${s}`)}: {item.counts[s]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{item.decisionRef ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{new Date(item.sentAt).toLocaleString(i18n.language)}</Text>
                  <Text size="xs" c="dimmed">
                    {item.sentByName}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {d.total > INBOX_PAGE && (
        <Group>
          <Button variant="default" disabled={offset === 0} onClick={() => setOffset(offset - INBOX_PAGE)}>
            {t('up.inbox.prev')}
          </Button>
          <Button
            variant="default"
            disabled={offset + INBOX_PAGE >= d.total}
            onClick={() => setOffset(offset + INBOX_PAGE)}
          >
            {t('up.inbox.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
