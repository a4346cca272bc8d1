import { NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORG_LEVELS } from '../../../shared/schemas/enums';
import { DateTimeField } from '../../components/date-field';
import { fromVietnamLocal, toVietnamLocal } from '../../lib/format';
import { LinesEditor } from './list-editor';
import { usePlanForm } from './plan-form-context';

/** Thông tin chung: names, period, level, form, place (the day and time are the conference-day milestone's). */
export function GeneralFields() {
  const { t } = useTranslation();
  const { bind } = usePlanForm();
  return (
    <Stack>
      <TextInput label={t('planField.name')} required {...bind('name')} />
      <TextInput label={t('planField.officialTitle')} required {...bind('officialTitle')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <NumberInput label={t('planField.periodStart')} allowDecimal={false} {...bind('periodStart')} />
        <NumberInput label={t('planField.periodEnd')} allowDecimal={false} {...bind('periodEnd')} />
        <Select
          label={t('planField.level')}
          data={ORG_LEVELS.map((l) => ({ value: l, label: t(`orgLevel.${l}`) }))}
          allowDeselect={false}
          {...bind('level')}
        />
      </SimpleGrid>
      <TextInput label={t('planField.form')} required {...bind('form')} />
      <TextInput label={t('planField.timeNote')} {...bind('timeNote')} />
      <Text size="sm" c="dimmed">
        {t('planField.dayNote')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('planField.plannedPlace')} {...bind('plannedPlace')} />
        <TextInput label={t('planField.issuePlace')} required {...bind('issuePlace')} />
      </SimpleGrid>
      <Textarea label={t('planField.preamble')} autosize minRows={2} maxRows={10} {...bind('preamble')} />
    </Stack>
  );
}

/** Căn cứ, mục đích, nội dung trước hội nghị, hoạt động. */
export function TextFields() {
  const { t } = useTranslation();
  const { form } = usePlanForm();
  const v = form.values;
  return (
    <Stack gap="lg">
      <LinesEditor path="legalBasis" items={v.legalBasis} label={t('planField.legalBasis')} />
      <LinesEditor path="purposes" items={v.purposes} label={t('planField.purposes')} />
      <LinesEditor
        path="preConferenceContents"
        items={v.preConferenceContents}
        label={t('planField.preConferenceContents')}
      />
      <LinesEditor path="activities" items={v.activities} label={t('planField.activities')} />
    </Stack>
  );
}

/** Văn bản: number, code, signer, signing time, recipients, closing. */
export function DocumentFields() {
  const { t } = useTranslation();
  const { form, bind, errorOf } = usePlanForm();
  const v = form.values;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <NumberInput
          label={t('planField.documentNumber')}
          min={1}
          allowDecimal={false}
          {...bind('documentNumber')}
        />
        <TextInput label={t('planField.documentCode')} required {...bind('documentCode')} />
        <DateTimeField
          withSeconds
          label={t('planField.signedAt')}
          value={toVietnamLocal(v.signedAt)}
          onChange={(local) => form.setFieldValue('signedAt', fromVietnamLocal(local))}
          error={errorOf('signedAt')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <TextInput label={t('planField.authorityLine')} required {...bind('signer.authorityLine')} />
        <TextInput label={t('planField.signerTitle')} required {...bind('signer.title')} />
        <TextInput label={t('planField.signerName')} required {...bind('signer.name')} />
      </SimpleGrid>
      <Textarea label={t('planField.closing')} autosize minRows={2} maxRows={8} {...bind('closing')} />
      <LinesEditor path="recipients" items={v.recipients} label={t('planField.recipients')} />
    </Stack>
  );
}
