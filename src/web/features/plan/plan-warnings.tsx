import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanWarning } from '../../../shared/schemas/plan';

/** Cảnh báo kế hoạch, live: the figures that contradict each other, with their numbers (orange). */
export function PlanWarningsBox({ warnings }: { warnings: PlanWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" title={t('planEdit.warnings')} data-testid="plan-warnings">
      <Stack gap={4}>
        <Text size="sm">{t('planEdit.warningsHelp')}</Text>
        <List size="sm">
          {warnings.map((w) => (
            <List.Item key={`${w.code} ${w.path}`} data-path={w.path}>
              {w.message}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}

/**
 * The server refused the save (422) for these warnings: save anyway (acknowledging their codes)
 * or go back to fix the figures.
 */
export function PlanWarningsDialog({
  warnings,
  saving,
  onSaveAnyway,
  onBack,
}: {
  warnings: PlanWarning[] | null;
  saving: boolean;
  onSaveAnyway: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={warnings !== null} onClose={onBack} title={t('planEdit.warningsDialog')} size="lg">
      <Stack gap="sm" data-testid="plan-warnings-dialog">
        <Text size="sm">{t('planEdit.warningsDialogIntro')}</Text>
        <List size="sm">
          {(warnings ?? []).map((w) => (
            <List.Item key={`${w.code} ${w.path}`}>{w.message}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('planEdit.warningsDialogNote')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onBack}>
            {t('planEdit.backToEdit')}
          </Button>
          <Button color="orange" loading={saving} onClick={onSaveAnyway}>
            {t('planEdit.saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
