import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceSummaryView } from '../../../shared/schemas/conferences';
import { todoLink, todoText } from './lifecycle-text';

/**
 * Việc cần làm tiếp — the first thing after login: per conference, what this person should do
 * next by their role (the server derives it: shared/rules/next-steps.ts). Big links, one per line,
 * so it works on a phone.
 */
export function NextStepsPanel({ conferences }: { conferences: ConferenceSummaryView[] }) {
  const { t } = useTranslation();
  if (conferences.length === 0) return null;
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="next-steps-title"
      data-testid="next-steps"
    >
      <Title order={2} fz="lg" id="next-steps-title">
        {t('life.nextTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('life.panelHelp')}
      </Text>
      <Stack gap="md">
        {conferences.map((c) => (
          <Stack key={c.id} gap={4} data-testid="next-steps-conference">
            <Text fw={700} size="sm" c="red.9">
              {c.organizationName} · {t('conferences.period')} {c.periodStart}–{c.periodEnd} ·{' '}
              {t(`life.stage.${c.stage}`)}
            </Text>
            {c.todo.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('life.panelEmpty')}
              </Text>
            )}
            {c.todo.map((item, i) => (
              <Anchor
                key={`${item.kind}-${item.ballotId ?? item.meetingId ?? item.action?.key ?? i}`}
                component={Link}
                to={todoLink(c.id, item)}
                fz="md"
                fw={500}
                py={4}
                data-kind={item.kind}
                style={{ minHeight: 32, display: 'block' }}
              >
                › {todoText(t, item, t(`life.stage.${c.stage}`))}
              </Anchor>
            ))}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
