import { Alert, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeechCheckView, SpeechView } from '../../../shared/schemas/selection';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { usePageTitle } from '../../lib/use-page-title';
import { ConfirmModal, ReviewNav, useReviewContext } from '../review/parts';
import { AddSpeech } from './add-speech';
import { selectionApi, storeSpeeches, useHonorees, useSpeeches } from './queries';

/** The rule check, live: "Còn thiếu 1 tham luận của đoàn thể" until the composition fits. */
function CompositionCheck({ check }: { check: SpeechCheckView }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={check.ok ? 'green' : 'orange'}
      variant="light"
      title={check.ok ? t('rev.speeches.ok') : check.messages[0]}
      data-testid="speech-check"
      aria-live="polite"
    >
      {!check.ok && check.messages.length > 1 && (
        <List size="sm" mb="xs">
          {check.messages.slice(1).map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {t('rev.speeches.rule')}:
        </Text>
        {check.parts.map((p) => (
          <Badge
            key={p.label}
            color={p.assigned === p.wanted ? 'green' : p.assigned > p.wanted ? 'red' : 'orange'}
            variant="light"
            tt="none"
            size="lg"
          >
            {t('rev.speeches.partLine', p)}
          </Badge>
        ))}
      </Group>
    </Alert>
  );
}

/** Tham luận: assign speeches to honorees; the composition rule of the plan is checked live. */
export function SpeechesPage() {
  const { t } = useTranslation();
  const { conferenceId: cid, conference, role } = useReviewContext();
  const speeches = useSpeeches(cid);
  const honorees = useHonorees(cid);
  const [removing, setRemoving] = useState<SpeechView | null>(null);
  const qc = useQueryClient();
  usePageTitle(t('rev.speeches.title'));
  if (conference.isLoading || speeches.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (speeches.error || !speeches.data)
    return <ErrorState error={speeches.error} onRetry={() => speeches.refetch()} />;
  const d = speeches.data;
  const taken = new Set(d.items.map((s) => s.nominationId));
  const candidates = (honorees.data?.groups ?? [])
    .flatMap((g) => g.items)
    .filter((h) => !taken.has(h.nominationId));

  return (
    <Stack gap="md">
      <ReviewNav conference={conference.data} active="speeches" role={role} />
      <PageHeader title={t('rev.speeches.title')} help={t('rev.speeches.help')} />
      <CompositionCheck check={d.check} />

      {d.permissions.canManage && (
        <AddSpeech
          cid={cid}
          candidates={candidates}
          rule={conference.data.plan.speechRule}
          current={d.items}
        />
      )}

      <Stack gap="xs" data-testid="speeches">
        {d.items.length === 0 && <Text c="dimmed">{t('rev.speeches.empty')}</Text>}
        {d.items.map((s, i) => (
          <Card key={s.id} withBorder padding="sm" data-testid="speech" data-name={s.honoreeName ?? ''}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={700}>
                  {i + 1}. {s.title}
                </Text>
                <Text size="sm">
                  {s.speakerName}
                  {s.honoreeName && s.honoreeName !== s.speakerName ? ` — ${s.honoreeName}` : ''}
                </Text>
                <Group gap={6} mt={4}>
                  <Badge variant="light" tt="none">
                    {s.kind === 'individual'
                      ? t('nom.kind.individual')
                      : s.unitType
                        ? t(`unitType.${s.unitType}`)
                        : t('nom.kind.collective')}
                  </Badge>
                  {s.unitName && (
                    <Text size="xs" c="dimmed">
                      {s.unitName}
                    </Text>
                  )}
                </Group>
              </div>
              {s.permissions.canDelete && (
                <Button
                  size="compact-md"
                  variant="subtle"
                  color="red"
                  onClick={() => setRemoving(s)}
                  aria-label={`${t('rev.speeches.remove')}: ${s.title}`}
                >
                  {t('rev.speeches.remove')}
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
      {removing && (
        <ConfirmModal
          title={t('rev.speeches.remove')}
          confirmLabel={t('rev.speeches.remove')}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            storeSpeeches(qc, cid, await selectionApi.removeSpeech(cid, removing));
            notifications.show({ color: 'green', message: t('rev.speeches.removed') });
            setRemoving(null);
          }}
        >
          <Text>{t('rev.speeches.removeConfirm', { title: removing.title })}</Text>
        </ConfirmModal>
      )}
    </Stack>
  );
}
