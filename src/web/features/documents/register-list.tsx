import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/schemas/document-register';
import { SectionCard } from '../../components/section-card';
import { formatDate, formatDateTime } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { newVersion, registerApi, registerKey, useDownload } from './queries';

/** Sổ văn bản: one card per version (fits a 390 px phone), drafts first, then by number. */
export function RegisterList({
  cid,
  items,
  canIssue,
  onIssueDraft,
}: {
  cid: string;
  items: RegisterEntry[];
  canIssue: boolean;
  onIssueDraft: (entry: RegisterEntry) => void;
}) {
  const { t } = useTranslation();
  const downloadFile = useDownload();
  const version = useApiMutation({
    mutationFn: (e: RegisterEntry) => newVersion(cid, e.id),
    invalidate: [registerKey(cid)],
    onSuccess: (draft) =>
      notifications.show({
        color: 'green',
        message: t('doc.register.newVersionDone', { version: draft.version }),
      }),
  });
  const download = (e: RegisterEntry, format: 'docx' | 'pdf') =>
    downloadFile(`${registerApi(cid)}/${e.id}/file.${format}`, `${e.type}-${e.number}.${format}`);

  return (
    <SectionCard id="sec-register" title={t('doc.register.title')}>
      {items.length === 0 && <Text c="dimmed">{t('doc.register.empty')}</Text>}
      {version.error && (
        <Text c="red" size="sm" role="alert">
          {version.error}
        </Text>
      )}
      <Stack gap="xs" data-testid="register-list">
        {items.map((e) => (
          <Paper key={e.id} withBorder p="sm" data-testid="register-entry">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text fw={700}>{e.numberLine ?? t('doc.register.draft')}</Text>
              <Group gap={4}>
                <Badge variant="light">{e.type}</Badge>
                <Badge color={e.status === 'issued' ? 'green' : 'gray'}>
                  {t(`doc.register.${e.status}`)}
                </Badge>
              </Group>
            </Group>
            <Text size="sm">{e.label}</Text>
            <Text size="sm" c="dimmed">
              {t('doc.register.date')}: {formatDate(e.documentDate) || '—'} · {t('doc.register.version')}{' '}
              {e.version} · {t('doc.register.signer')}: {e.signerName || '—'}
              {e.signedAt ? ` (${formatDateTime(e.signedAt)})` : ''}
            </Text>
            {e.previousNumberLine && (
              <Text size="xs" c="dimmed">
                {t('doc.register.replaces', { numberLine: e.previousNumberLine })}
              </Text>
            )}
            {e.nextId && (
              <Text size="xs" c="orange">
                {t('doc.register.replacedBy')}
              </Text>
            )}
            <Group gap="xs" mt="xs">
              {e.status === 'issued' && (
                <>
                  <Button size="xs" variant="light" onClick={() => void download(e, 'docx')}>
                    {t('common.downloadDocx')}
                  </Button>
                  <Button size="xs" variant="light" onClick={() => void download(e, 'pdf')}>
                    {t('common.downloadPdf')}
                  </Button>
                  {canIssue && !e.nextId && (
                    <Button size="xs" variant="default" onClick={() => version.mutate(e)}>
                      {t('doc.register.newVersion')}
                    </Button>
                  )}
                </>
              )}
              {e.status === 'draft' && canIssue && (
                <Button size="xs" onClick={() => onIssueDraft(e)}>
                  {t('doc.register.issueDraft')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
    </SectionCard>
  );
}
