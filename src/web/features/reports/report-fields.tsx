import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitReport } from '../../../shared/schemas/nomination-views';
import { TableHead } from '../../components/table-head';
import { type ReportForm, SECTIONS } from './report-form';

const wholeNumber = { allowDecimal: false, hideControls: true, inputMode: 'numeric' as const };

/** The six written sections: text boxes while editable, else the text. */
export function ReportSectionsFields({
  form,
  report,
  editable,
}: {
  form: ReportForm;
  report: UnitReport;
  editable: boolean;
}) {
  const { t } = useTranslation();
  return SECTIONS.map((s, i) => (
    <Paper key={s} withBorder p="md">
      {editable ? (
        <Textarea
          label={`${i + 1}. ${t(`nom.report.sections.${s}`)}`}
          autosize
          minRows={4}
          maxRows={20}
          size="md"
          {...form.getInputProps(`sections.${s}`)}
        />
      ) : (
        <>
          <Title order={2} fz="md" mb={4}>
            {i + 1}. {t(`nom.report.sections.${s}`)}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} c={report.sections[s] ? undefined : 'dimmed'}>
            {report.sections[s] || t('nom.report.empty')}
          </Text>
        </>
      )}
    </Paper>
  ));
}

/** Số liệu: commendations by year and form, and the share of direct workers. */
export function ReportNumbers({
  form,
  report,
  editable,
  formNames,
}: {
  form: ReportForm;
  report: UnitReport;
  editable: boolean;
  formNames: string[];
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} fz="md" mb={4}>
        {t('nom.report.numbers')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('nom.report.commendationRows')}
      </Text>
      {editable ? <NumbersEditor form={form} formNames={formNames} /> : <NumbersView report={report} />}
    </Paper>
  );
}

function NumbersEditor({ form, formNames }: { form: ReportForm; formNames: string[] }) {
  const { t } = useTranslation();
  const row = (i: number, k: string) => form.getInputProps(`numbers.commendations.${i}.${k}`);
  return (
    <Stack gap="sm">
      {form.values.numbers.commendations.map((_, i) => (
        <Paper key={form.key(`numbers.commendations.${i}`)} withBorder p="xs">
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
              <NumberInput label={t('nom.report.year')} {...wholeNumber} {...row(i, 'year')} />
              <Autocomplete label={t('nom.report.formName')} data={formNames} {...row(i, 'formName')} />
              <NumberInput
                label={t('nom.report.collectives')}
                min={0}
                {...wholeNumber}
                {...row(i, 'collectives')}
              />
              <NumberInput
                label={t('nom.report.individuals')}
                min={0}
                {...wholeNumber}
                {...row(i, 'individuals')}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('nom.report.removeRow', { n: i + 1 })}
              onClick={() => form.removeListItem('numbers.commendations', i)}
            >
              ✕
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            form.insertListItem('numbers.commendations', {
              year: new Date().getFullYear(),
              formName: '',
              collectives: 0,
              individuals: 0,
            })
          }
        >
          {t('nom.report.addRow')}
        </Button>
      </Group>
      <NumberInput
        label={t('nom.report.directWorkerShare')}
        min={0}
        max={100}
        hideControls
        inputMode="decimal"
        w={{ base: '100%', sm: 420 }}
        {...form.getInputProps('numbers.directWorkerSharePercent')}
      />
    </Stack>
  );
}

function NumbersView({ report }: { report: UnitReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {report.numbers.commendations.length > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table withTableBorder>
            <TableHead
              cells={[
                t('nom.report.year'),
                t('nom.report.formName'),
                { label: t('nom.report.collectives'), ta: 'right' },
                { label: t('nom.report.individuals'), ta: 'right' },
              ]}
            />
            <Table.Tbody>
              {report.numbers.commendations.map((c) => (
                <Table.Tr key={`${c.year}|${c.formName}`}>
                  <Table.Td>{c.year}</Table.Td>
                  <Table.Td>{c.formName}</Table.Td>
                  <Table.Td ta="right">{c.collectives}</Table.Td>
                  <Table.Td ta="right">{c.individuals}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm">
        {t('nom.report.directWorkerShare')}: <b>{report.numbers.directWorkerSharePercent ?? '—'}</b>
      </Text>
    </Stack>
  );
}
