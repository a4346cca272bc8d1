import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/rules/display-format';
import type { SummarySectionView } from '../../../shared/schemas/summary-report';
import { ConflictAlert } from '../../components/conflict-alert';
import { useApiMutation } from '../../lib/use-api-mutation';
import { saveSection, summaryReportKey, useSectionHistory } from './queries';

function History({ cid, s }: { cid: string; s: SummarySectionView }) {
  const { t } = useTranslation();
  const history = useSectionHistory(cid, s.key, true);
  const items = history.data ?? [];
  if (!items.length)
    return (
      <Text size="sm" c="dimmed">
        {t('summaryReport.noHistory')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid={`history-${s.key}`}>
      {items.map((h) => (
        <Paper key={h.version} withBorder p="xs">
          <Text size="xs" c="dimmed">
            {t('summaryReport.editedBy', {
              version: h.version,
              name: h.editedByName,
              at: formatDateTime(h.createdAt),
            })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {h.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

/** One section: the compiled draft, the office's text (saved at its version), its history. */
export function SectionEditor({
  cid,
  s,
  number,
  canEdit,
}: {
  cid: string;
  s: SummarySectionView;
  number: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [base, setBase] = useState(s);
  const [body, setBody] = useState(s.body);
  const [showHistory, setShowHistory] = useState(false);
  const save = useApiMutation<void, SummarySectionView, SummarySectionView>({
    mutationFn: () => saveSection(cid, s.key, body, base.version),
    invalidate: [summaryReportKey(cid), ['summary-report', cid, 'history', s.key]],
    successMessage: t('summaryReport.saved'),
    onSuccess: (fresh) => setBase(fresh),
  });
  const current = save.conflict;
  const titleId = `sr-${s.key}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid={`section-${s.key}`}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={titleId}>
          {number} {t(`summaryReport.section.${s.key}`)}
        </Title>
        <Paper bg="var(--mantine-color-gray-0)" p="sm">
          <Text size="xs" fw={600} c="dimmed" mb={4}>
            {t('summaryReport.draft')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid={`draft-${s.key}`}>
            {s.draft || t('summaryReport.noDraft')}
          </Text>
        </Paper>
        <Textarea
          label={t('summaryReport.body')}
          description={t('summaryReport.bodyHint')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={4}
          maxLength={50_000}
          readOnly={!canEdit}
        />
        {base.updatedAt && (
          <Text size="xs" c="dimmed">
            {t('summaryReport.lastEdit', { name: base.updatedByName, at: formatDateTime(base.updatedAt) })}
          </Text>
        )}
        {save.error && <Alert color="red">{save.error}</Alert>}
        {current && (
          <ConflictAlert
            current={
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {current.body}
              </Text>
            }
            onReload={() => {
              setBase(current);
              setBody(current.body);
              save.clearConflict();
            }}
          />
        )}
        <Group gap="sm">
          {canEdit && (
            <>
              <Button onClick={() => save.mutate(undefined)} loading={save.isPending}>
                {t('summaryReport.save')}
              </Button>
              <Button variant="light" onClick={() => setBody(s.draft)} disabled={!s.draft}>
                {t('summaryReport.useDraft')}
              </Button>
              <Button variant="subtle" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
                {t('summaryReport.history')}
              </Button>
            </>
          )}
        </Group>
        {showHistory && <History cid={cid} s={s} />}
      </Stack>
    </Paper>
  );
}
