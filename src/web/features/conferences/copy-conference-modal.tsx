import { Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  COPY_OFFSET_UNITS,
  defaultCopyOffset,
  nextPeriod,
  suggestCopyName,
} from '../../../shared/rules/conference-copy';
import { type ConferenceCopyBody, conferenceCopyBodySchema } from '../../../shared/schemas/conference-copy';
import type { ConferenceSummaryView } from '../../../shared/schemas/conferences';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { CopyMilestones, CopyScope } from './copy-scope';
import { conferencesKey, copyConference, useConference, useCopyPreview } from './queries';

/**
 * Sao chép hội nghị cho giai đoạn sau: the new name and period, how far the dates move (default:
 * the period's years), the milestones as they will be, what is copied and what is not; then confirm.
 */
export default function CopyConferenceModal({
  source,
  onClose,
}: {
  source: ConferenceSummaryView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const conference = useConference(source.id);
  const preview = useCopyPreview(source.id);
  const period = nextPeriod(source);
  const form = useForm<ConferenceCopyBody>({
    initialValues: {
      name: suggestCopyName(source.name, source, period),
      ...period,
      offset: defaultCopyOffset(source),
    },
    validate: schemaResolver(conferenceCopyBodySchema, { sync: true }),
  });
  const copy = useApiMutation({
    mutationFn: (body: ConferenceCopyBody) => copyConference(source.id, body),
    invalidate: [conferencesKey],
    form,
    onSuccess: (created) => {
      onClose();
      navigate(`/conferences/${created.id}`);
    },
    successMessage: t('conferences.copyDialog.done', {
      start: form.values.periodStart,
      end: form.values.periodEnd,
    }),
  });
  const number = (path: string) => {
    const props = form.getInputProps(path);
    return { ...props, onChange: (v: string | number) => props.onChange(v === '' ? undefined : Number(v)) };
  };

  return (
    <FormModal
      title={t('conferences.copyDialog.title')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((values) => copy.mutate(values))}
      saving={copy.isPending}
      error={copy.error}
      saveLabel={t('conferences.copyDialog.confirm')}
      top={<Text size="sm">{t('conferences.copyDialog.intro', { name: source.name })}</Text>}
    >
      <TextInput label={t('conferences.copyDialog.name')} required {...form.getInputProps('name')} />
      <Group grow align="flex-start">
        <NumberInput
          label={t('conferences.copyDialog.periodStart')}
          required
          allowDecimal={false}
          {...number('periodStart')}
        />
        <NumberInput
          label={t('conferences.copyDialog.periodEnd')}
          required
          allowDecimal={false}
          {...number('periodEnd')}
        />
      </Group>
      <Stack gap={4}>
        <Group grow align="flex-start">
          <NumberInput
            label={t('conferences.copyDialog.offset')}
            required
            allowDecimal={false}
            {...number('offset.amount')}
          />
          <Select
            label={t('conferences.copyDialog.unit')}
            allowDeselect={false}
            data={COPY_OFFSET_UNITS.map((u) => ({ value: u, label: t(`conferences.copyDialog.units.${u}`) }))}
            {...form.getInputProps('offset.unit')}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('conferences.copyDialog.offsetHelp', { amount: defaultCopyOffset(source).amount })}
        </Text>
      </Stack>
      <CopyScope preview={preview.data} />
      <CopyMilestones milestones={conference.data?.milestones} offset={form.values.offset} />
      <Text size="sm" c="dimmed">
        {t('conferences.copyDialog.review')}
      </Text>
    </FormModal>
  );
}
