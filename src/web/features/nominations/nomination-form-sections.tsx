import {
  Alert,
  Checkbox,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formFitsKind } from '../../../shared/rules/submission';
import type { AwardFormView as AwardForm } from '../../../shared/schemas/award-forms';
import { type NominationKind, OCCUPATION_GROUPS } from '../../../shared/schemas/nominations';
import type { QuotaCellView as QuotaGridCell } from '../../../shared/schemas/quotas';
import { DateField } from '../../components/date-field';
import type { NominationFormValues } from './nomination-form-values';

type Form = UseFormReturnType<NominationFormValues>;
const big = { size: 'md' as const };
const wholeNumber = {
  allowDecimal: false,
  allowNegative: false,
  hideControls: true,
  inputMode: 'numeric' as const,
};

/** A SegmentedControl with a visible label (and an optional error under it). */
function LabelledChoice(props: {
  id: string;
  label: string;
  required?: boolean;
  data: { value: string; label: string }[];
  value: string;
  onChange: (v: string) => void;
  error?: React.ReactNode;
}) {
  return (
    <div>
      <Text fw={500} size="md" mb={4} id={props.id}>
        {props.label}
        {props.required && (
          <>
            {' '}
            <Text span c="red">
              *
            </Text>
          </>
        )}
      </Text>
      <SegmentedControl
        fullWidth
        size="md"
        aria-labelledby={props.id}
        data={props.data}
        value={props.value}
        onChange={props.onChange}
      />
      {props.error && (
        <Text c="red" size="sm" mt={4}>
          {props.error}
        </Text>
      )}
    </div>
  );
}

/** Đề nghị cho (cá nhân / tập thể), the award form that fits it, its criteria and the unit's quota. */
export function KindAndFormSection({
  form,
  forms,
  cell,
}: {
  form: Form;
  forms: AwardForm[];
  cell: QuotaGridCell | undefined;
}) {
  const { t } = useTranslation();
  const kind = form.values.kind;
  const chosen = forms.find((f) => f.id === form.values.awardFormId);
  return (
    <Paper withBorder p="md">
      <Stack>
        <LabelledChoice
          id="kind-label"
          label={t('nom.form.kind')}
          data={[
            { value: 'individual', label: t('nom.kind.individual') },
            { value: 'collective', label: t('nom.kind.collective') },
          ]}
          value={kind}
          onChange={(k) => {
            form.setFieldValue('kind', k as NominationKind);
            if (chosen && !formFitsKind(chosen.appliesTo, k as NominationKind))
              form.setFieldValue('awardFormId', '');
          }}
        />
        <NativeSelect
          {...big}
          label={t('nom.form.awardForm')}
          required
          data={[
            { value: '', label: t('nom.form.awardFormPlaceholder') },
            ...forms
              .filter((f) => formFitsKind(f.appliesTo, kind))
              .map((f) => ({ value: f.id, label: f.name })),
          ]}
          {...form.getInputProps('awardFormId')}
        />
        {chosen && (
          <Alert color="blue" variant="light" title={t('nom.form.criteria')} data-testid="criteria">
            {chosen.criteria.length === 0 ? (
              <Text size="sm">{t('nom.form.noCriteria')}</Text>
            ) : (
              <List size="md" spacing={4}>
                {chosen.criteria.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            )}
            {cell && (
              <Text size="sm" mt="xs" fw={600}>
                {t('nom.unit.quotaTitle')}: {cell.used}/{cell.count}
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

export function IndividualFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const input = (k: keyof NominationFormValues['individual']) => form.getInputProps(`individual.${k}`);
  return (
    <Stack>
      <TextInput {...big} label={t('nom.form.fullName')} withAsterisk {...input('fullName')} />
      <LabelledChoice
        id="gender-label"
        label={t('nom.form.gender')}
        required
        data={[
          { value: 'male', label: t('nom.gender.male') },
          { value: 'female', label: t('nom.gender.female') },
        ]}
        value={form.values.individual.gender}
        onChange={(g) => form.setFieldValue('individual.gender', g)}
        error={form.errors['individual.gender']}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          {...big}
          {...wholeNumber}
          label={t('nom.form.birthYear')}
          withAsterisk
          maxLength={4}
          {...input('birthYear')}
        />
        <TextInput {...big} label={t('nom.form.ethnicity')} withAsterisk {...input('ethnicity')} />
      </SimpleGrid>
      <TextInput {...big} label={t('nom.form.position')} withAsterisk {...input('position')} />
      <NativeSelect
        {...big}
        label={t('nom.form.occupationGroup')}
        withAsterisk
        data={[
          { value: '', label: '—' },
          ...OCCUPATION_GROUPS.map((g) => ({ value: g, label: t(`nom.occupationGroup.${g}`) })),
        ]}
        {...input('occupationGroup')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput {...big} label={t('nom.form.field')} {...input('field')} />
        <TextInput {...big} label={t('nom.form.phone')} type="tel" inputMode="tel" {...input('phone')} />
      </SimpleGrid>
    </Stack>
  );
}

export function CollectiveFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const input = (k: keyof NominationFormValues['collective']) => form.getInputProps(`collective.${k}`);
  return (
    <Stack>
      <TextInput {...big} label={t('nom.form.collectiveName')} withAsterisk {...input('name')} />
      <TextInput {...big} label={t('nom.form.collectiveType')} withAsterisk {...input('collectiveType')} />
      <TextInput {...big} label={t('nom.form.headName')} withAsterisk {...input('headName')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          {...big}
          {...wholeNumber}
          label={t('nom.form.memberCount')}
          withAsterisk
          {...input('memberCount')}
        />
        <NumberInput
          {...big}
          label={t('nom.form.womenSharePercent')}
          withAsterisk
          min={0}
          max={100}
          allowNegative={false}
          hideControls
          inputMode="decimal"
          {...input('womenSharePercent')}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Biên bản bình xét: behind a checkbox. */
export function UnitReviewFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Checkbox
          size="md"
          label={t('nom.form.hasReview')}
          {...form.getInputProps('hasReview', { type: 'checkbox' })}
        />
        {form.values.hasReview && (
          <>
            <Text fw={600}>{t('nom.form.reviewTitle')}</Text>
            <DateField
              label={t('nom.form.meetingDate')}
              withAsterisk
              value={form.values.unitReview.meetingDate}
              onChange={(d) => form.setFieldValue('unitReview.meetingDate', d ?? '')}
              error={form.errors['unitReview.meetingDate']}
            />
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              {(['membersPresent', 'votesFor', 'votesTotal'] as const).map((k) => (
                <NumberInput
                  key={k}
                  {...big}
                  {...wholeNumber}
                  label={t(`nom.form.${k}`)}
                  withAsterisk
                  {...form.getInputProps(`unitReview.${k}`)}
                />
              ))}
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Paper>
  );
}
