import { Alert, Anchor, Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatVnd } from '../../../shared/rules/prize-money';
import { ErrorState, PageLoader } from '../../components/page-state';
import { usePageTitle } from '../../lib/use-page-title';
import { PrizeBasisNote } from '../documents/prize-basis-note';
import { documentsPath, useDownload } from '../documents/queries';
import { PrepPageHeader } from '../preparation/page-header';
import { BudgetTable } from './budget-table';
import { budgetApi, useBudget } from './queries';

function Total({ label, figure, words }: { label: string; figure: number; words: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={`total-${label}`}>
        {formatVnd(figure)} đồng
      </Text>
      <Text size="sm" fs="italic">
        {words}
      </Text>
    </Paper>
  );
}

/** Dự trù kinh phí: grouped table edited in place, computed prize lines, totals in figures and words. */
export function BudgetPage() {
  const { conferenceId: cid = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('prep.budget.title'));
  const downloadFile = useDownload();
  const budget = useBudget(cid);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  if (budget.isPending) return <PageLoader />;
  if (budget.isError) return <ErrorState error={budget.error} onRetry={() => void budget.refetch()} />;
  const b = budget.data;
  const canManage = b.permissions.canManage;

  const download = (file: string, name: string) => void downloadFile(`${budgetApi(cid)}/${file}`, name);

  return (
    <Stack gap="md">
      <PrepPageHeader
        cid={cid}
        title={t('prep.budget.title')}
        help={t('prep.budget.help')}
        actions={
          <>
            <Button variant="default" onClick={() => download('export.xlsx', 'du-tru-kinh-phi.xlsx')}>
              {t('common.exportExcel')}
            </Button>
            <Button variant="default" onClick={() => download('estimate.docx', 'du-tru-kinh-phi.docx')}>
              {t('common.downloadDocx')}
            </Button>
            {canManage && <Button onClick={() => setEditing('new')}>{t('prep.budget.addLine')}</Button>}
          </>
        }
      />

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Total label={t('prep.budget.estimate')} figure={b.estimate} words={b.estimateInWords} />
        <Total label={t('prep.budget.actual')} figure={b.actual} words={b.actualInWords} />
      </SimpleGrid>
      <Text size="sm">
        {t('prep.budget.difference')}:{' '}
        <strong>{b.difference < 0 ? `−${formatVnd(-b.difference)}` : formatVnd(b.difference)} đồng</strong>
      </Text>
      {b.prizeNote && <Alert color="yellow">{b.prizeNote}</Alert>}
      <Paper withBorder p="sm" data-testid="budget-prize-basis">
        <PrizeBasisNote basis={b.prizeBasis} withTotal withChange />
        {b.prizeBasis.dateSource !== 'issued' && (
          <Anchor component={Link} to={`${documentsPath(cid)}#sec-doc-settings`} size="sm">
            {t('doc.prizes.setDate')}
          </Anchor>
        )}
      </Paper>

      <BudgetTable cid={cid} b={b} editing={editing} setEditing={setEditing} />
    </Stack>
  );
}
