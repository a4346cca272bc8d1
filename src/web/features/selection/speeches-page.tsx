import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkSpeechComposition } from '../../../shared/rules/speech-composition';
import type { SpeechRule } from '../../../shared/schemas/plan';
import type {
  HonoreeView,
  SpeechCheckView,
  SpeechListView,
  SpeechView,
} from '../../../shared/schemas/selection';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api, query } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { ConfirmModal, ReviewNav, useReviewContext } from '../review/parts';
import { storeSpeeches, useHonorees, useSpeeches } from './queries';

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
      <div>
        <Title order={1} fz={26}>
          {t('rev.speeches.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rev.speeches.help')}
        </Text>
      </div>
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
            const data = await api<SpeechListView>(
              'DELETE',
              `/api/conferences/${cid}/speeches/${removing.id}${query({ version: removing.version })}`,
            );
            storeSpeeches(qc, cid, data);
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

function AddSpeech({
  cid,
  candidates,
  rule,
  current,
}: {
  cid: string;
  candidates: HonoreeView[];
  rule: SpeechRule;
  current: SpeechView[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [nominationId, setNominationId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [speaker, setSpeaker] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = candidates.find((h) => h.nominationId === nominationId);
  // What the check would say with the chosen honoree added (the same rule the server applies).
  const preview = chosen
    ? checkSpeechComposition(rule, [
        ...current.map((s) => ({ kind: s.kind, unitType: s.unitType })),
        { kind: chosen.kind === 'individual' ? 'individual' : 'unit_type', unitType: chosen.unitType },
      ])
    : null;
  const part = (h: HonoreeView) =>
    h.kind === 'individual' ? t('nom.kind.individual') : t(`unitType.${h.unitType}`);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setFields({});
    try {
      const data = await api<SpeechListView>('POST', `/api/conferences/${cid}/speeches`, {
        nominationId: nominationId ?? '',
        title,
        ...(speaker.trim() ? { speakerName: speaker.trim() } : {}),
      });
      storeSpeeches(qc, cid, data);
      notifications.show({ color: 'green', message: t('rev.speeches.added') });
      setNominationId(null);
      setTitle('');
      setSpeaker('');
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.fields);
        setError(err.message);
      } else setError(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-add-speech">
      <Title order={2} fz="lg" id="sec-add-speech" mb="sm">
        {t('rev.speeches.add')}
      </Title>
      {candidates.length === 0 ? (
        <Text c="dimmed">{t('rev.speeches.noHonorees')}</Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Select
              label={t('rev.speeches.honoree')}
              required
              searchable
              data={candidates.map((h) => ({
                value: h.nominationId,
                label: `${h.name} — ${part(h)}`,
              }))}
              value={nominationId}
              onChange={setNominationId}
              error={fields.nominationId}
              comboboxProps={{ withinPortal: true }}
            />
            {preview && (
              <Text size="sm" c={preview.ok ? 'green.8' : 'orange.9'} data-testid="speech-preview">
                {t('rev.speeches.preview')}: {preview.ok ? t('rev.speeches.ok') : preview.messages.join('; ')}
              </Text>
            )}
            <TextInput
              label={t('rev.speeches.speechTitle')}
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fields.title}
            />
            <TextInput
              label={t('rev.speeches.speaker')}
              description={t('rev.speeches.speakerHelp')}
              value={speaker}
              onChange={(e) => setSpeaker(e.currentTarget.value)}
              error={fields.speakerName}
            />
            <Group>
              <Button type="submit" loading={saving} size="md">
                {t('rev.speeches.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
