import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { checkSpeechComposition, speechKindOf } from '../../../shared/rules/speech-composition';
import type { SpeechRule } from '../../../shared/schemas/plan';
import { type HonoreeView, type SpeechView, speechInputSchema } from '../../../shared/schemas/selection';
import { ErrorAlert } from '../../components/form-modal';
import { SectionCard } from '../../components/section-card';
import { useApiMutation } from '../../lib/use-api-mutation';
import { selectionApi, storeSpeeches } from './queries';

type Values = { nominationId: string; title: string; speakerName: string };
const empty: Values = { nominationId: '', title: '', speakerName: '' };

/** Phân công tham luận: an honoree, the title, and who speaks; the rule check is previewed. */
export function AddSpeech({
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
  const form = useForm<Values>({
    initialValues: empty,
    validate: schemaResolver(speechInputSchema, { sync: true }),
  });
  const add = useApiMutation({
    mutationFn: (v: ReturnType<NonNullable<typeof form.getTransformedValues>>) =>
      selectionApi.addSpeech(cid, v),
    form,
    successMessage: t('rev.speeches.added'),
    onSuccess: (data) => {
      storeSpeeches(qc, cid, data);
      form.setValues(empty);
    },
  });
  const chosen = candidates.find((h) => h.nominationId === form.values.nominationId);
  // What the check would say with the chosen honoree added (the same rule the server applies).
  const preview = chosen
    ? checkSpeechComposition(rule, [
        ...current,
        {
          kind: speechKindOf(chosen.kind),
          unitType: chosen.unitType,
          unitId: chosen.unitId,
          nominationId: chosen.nominationId,
        },
      ])
    : null;
  const part = (h: HonoreeView) =>
    h.kind === 'individual' ? t('nom.kind.individual') : t(`unitType.${h.unitType}`);

  return (
    <SectionCard id="sec-add-speech" title={t('rev.speeches.add')}>
      {candidates.length === 0 ? (
        <Text c="dimmed">{t('rev.speeches.noHonorees')}</Text>
      ) : (
        <form onSubmit={form.onSubmit((v) => add.mutate(v))} noValidate>
          <Stack gap="sm">
            <ErrorAlert error={add.error} />
            <Select
              label={t('rev.speeches.honoree')}
              required
              searchable
              data={candidates.map((h) => ({ value: h.nominationId, label: `${h.name} — ${part(h)}` }))}
              value={form.values.nominationId || null}
              onChange={(v) => form.setFieldValue('nominationId', v ?? '')}
              error={form.errors.nominationId}
              comboboxProps={{ withinPortal: true }}
            />
            {preview && (
              <Text size="sm" c={preview.ok ? 'green.8' : 'orange.9'} data-testid="speech-preview">
                {t('rev.speeches.preview')}: {preview.ok ? t('rev.speeches.ok') : preview.messages.join('; ')}
              </Text>
            )}
            <TextInput label={t('rev.speeches.speechTitle')} required {...form.getInputProps('title')} />
            <TextInput
              label={t('rev.speeches.speaker')}
              description={t('rev.speeches.speakerHelp')}
              {...form.getInputProps('speakerName')}
            />
            <Group>
              <Button type="submit" loading={add.isPending} size="md">
                {t('rev.speeches.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </SectionCard>
  );
}
