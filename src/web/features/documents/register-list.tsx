import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/schemas/document-register';
import { ApiError, api, downloadFile } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { invalidateRegister, registerApi } from './queries';

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
  const qc = useQueryClient();
  const fail = (err: unknown) =>
    notifications.show({
      color: 'red',
      message: err instanceof ApiError ? err.message : t('errors.generic'),
    });

  const newVersion = async (e: RegisterEntry) => {
    try {
      const draft = await api<RegisterEntry>('POST', `${registerApi(cid)}/${e.id}/new-version`);
      notifications.show({
        color: 'green',
        message: t('doc.register.newVersionDone', { version: draft.version }),
      });
      invalidateRegister(qc, cid);
    } catch (err) {
      fail(err);
    }
  };
  const download = (e: RegisterEntry, format: 'docx' | 'pdf') =>
    downloadFile(`${registerApi(cid)}/${e.id}/file.${format}`, `${e.type}-${e.number}.${format}`).catch(fail);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-register">
      <Title order={2} fz="lg" id="sec-register" mb="sm">
        {t('doc.register.title')}
      </Title>
      {items.length === 0 && <Text c="dimmed">{t('doc.register.empty')}</Text>}
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
                    {t('doc.page.docx')}
                  </Button>
                  <Button size="xs" variant="light" onClick={() => void download(e, 'pdf')}>
                    {t('doc.page.pdf')}
                  </Button>
                  {canIssue && !e.nextId && (
                    <Button size="xs" variant="default" onClick={() => void newVersion(e)}>
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
    </Paper>
  );
}
