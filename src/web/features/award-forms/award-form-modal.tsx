import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardFormView } from '../../../shared/schemas/award-forms';
import { AWARD_SUBJECTS, type AwardSubject } from '../../../shared/schemas/nominations';
import { ConflictAlert } from '../../components/conflict-alert';
import { ModalActions } from '../../components/modal-actions';
import { ApiError, api } from '../../lib/api';
import { awardFormsKey, quotasKey } from '../nominations/queries';

type Values = {
  code: string;
  name: string;
  appliesTo: AwardSubject;
  prizeCoefficient: number | string;
  percent: number | string;
  operator: 'gte' | 'gt';
  base: 'present' | 'all';
  criteria: string[];
  sortOrder: number | string;
};

const toValues = (f: AwardFormView | null): Values => ({
  code: f?.code ?? '',
  name: f?.name ?? '',
  appliesTo: f?.appliesTo ?? 'individual',
  prizeCoefficient: f?.prizeCoefficient ?? 0,
  percent: f?.approvalRule.percent ?? 70,
  operator: f?.approvalRule.operator ?? 'gte',
  base: f?.approvalRule.base ?? 'present',
  criteria: f?.criteria.length ? [...f.criteria] : [''],
  sortOrder: f?.sortOrder ?? 0,
});

/** The server's paths (approvalRule.percent) as the form's (percent). */
function mapFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) out[k.replace(/^approvalRule\./, '')] = v;
  return out;
}

/** Thêm/sửa hình thức khen thưởng: code, name, subject, prize coefficient, ballot rule, criteria. */
export function AwardFormModal({
  conferenceId,
  form: awardForm,
  onClose,
}: {
  conferenceId: string;
  form: AwardFormView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [version, setVersion] = useState(awardForm?.version ?? 0);
  const [conflict, setConflict] = useState<AwardFormView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({ initialValues: toValues(awardForm) });
  const base = `/api/conferences/${conferenceId}/award-forms`;

  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: awardFormsKey(conferenceId) }),
      qc.invalidateQueries({ queryKey: quotasKey(conferenceId) }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);

  const handle = (err: unknown) => {
    if (err instanceof ApiError && err.isConflict) setConflict(err.current as AwardFormView);
    else if (err instanceof ApiError) {
      form.setErrors(mapFields(err.fields));
      setError(err.message);
    } else setError(t('errors.generic'));
  };

  const submit = form.onSubmit(async (v) => {
    setError(null);
    setConflict(null);
    setSaving(true);
    const body = {
      code: v.code,
      name: v.name,
      appliesTo: v.appliesTo,
      prizeCoefficient: Number(v.prizeCoefficient) || 0,
      approvalRule: { percent: Number(v.percent), operator: v.operator, base: v.base },
      criteria: v.criteria.map((c) => c.trim()).filter(Boolean),
      sortOrder: Number(v.sortOrder) || 0,
    };
    try {
      if (awardForm) await api('PUT', `${base}/${awardForm.id}`, { ...body, version });
      else await api('POST', base, body);
      await refresh();
      notifications.show({ color: 'green', message: t('nom.forms.saved') });
      onClose();
    } catch (err) {
      handle(err);
    } finally {
      setSaving(false);
    }
  });

  const remove = async () => {
    if (!awardForm) return;
    setSaving(true);
    setError(null);
    try {
      await api('DELETE', `${base}/${awardForm.id}?version=${version}`);
      await refresh();
      notifications.show({ message: t('nom.forms.deleted') });
      onClose();
    } catch (err) {
      handle(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={awardForm ? t('nom.forms.editTitle') : t('nom.forms.addTitle')}
      size="xl"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {conflict && (
            <ConflictAlert
              current={
                <Text size="sm">
                  {conflict.code} · {conflict.name} · {conflict.criteria.length}{' '}
                  {t('nom.forms.criteria').toLowerCase()}
                </Text>
              }
              onReload={() => {
                form.setValues(toValues(conflict));
                setVersion(conflict.version);
                setConflict(null);
                void refresh();
              }}
            />
          )}
          {error && !conflict && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('nom.forms.code')} required {...form.getInputProps('code')} />
            <Select
              label={t('nom.forms.appliesTo')}
              data={AWARD_SUBJECTS.map((s) => ({ value: s, label: t(`nom.appliesTo.${s}`) }))}
              allowDeselect={false}
              {...form.getInputProps('appliesTo')}
            />
            <NumberInput
              label={t('nom.forms.sortOrder')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('sortOrder')}
            />
          </SimpleGrid>
          <Textarea
            label={t('nom.forms.name')}
            required
            autosize
            minRows={1}
            {...form.getInputProps('name')}
          />
          <NumberInput
            label={t('nom.forms.prizeCoefficient')}
            min={0}
            max={100}
            decimalScale={2}
            decimalSeparator=","
            w={{ base: '100%', sm: 280 }}
            {...form.getInputProps('prizeCoefficient')}
          />
          <Text fw={600} size="sm">
            {t('nom.forms.approvalRule')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('nom.forms.operator')}
              data={[
                { value: 'gte', label: t('nom.forms.gte') },
                { value: 'gt', label: t('nom.forms.gt') },
              ]}
              allowDeselect={false}
              {...form.getInputProps('operator')}
            />
            <NumberInput
              label={t('nom.forms.percent')}
              min={0}
              max={100}
              {...form.getInputProps('percent')}
            />
            <Select
              label={t('nom.forms.base')}
              data={[
                { value: 'present', label: t('nom.forms.basePresent') },
                { value: 'all', label: t('nom.forms.baseAll') },
              ]}
              allowDeselect={false}
              {...form.getInputProps('base')}
            />
          </SimpleGrid>
          <Text fw={600} size="sm">
            {t('nom.forms.criteria')}
          </Text>
          {form.values.criteria.map((_, i) => (
            <Group key={form.key(`criteria.${i}`)} align="flex-start" gap="xs" wrap="nowrap">
              <Textarea
                aria-label={t('nom.forms.criterion', { n: i + 1 })}
                placeholder={t('nom.forms.criterion', { n: i + 1 })}
                autosize
                minRows={1}
                style={{ flex: 1 }}
                {...form.getInputProps(`criteria.${i}`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`${t('common.remove')}: ${t('nom.forms.criterion', { n: i + 1 })}`}
                onClick={() => form.removeListItem('criteria', i)}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="light" size="xs" onClick={() => form.insertListItem('criteria', '')}>
              {t('nom.forms.addCriterion')}
            </Button>
          </Group>
          <ModalActions onDelete={awardForm ? remove : undefined} onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  );
}
