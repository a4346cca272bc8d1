import { Divider, Group, List, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CopyOffset, shiftDate } from '../../../shared/rules/conference-copy';
import type { ConferenceCopyPreview } from '../../../shared/schemas/conference-copy';
import type { MilestoneView } from '../../../shared/schemas/conferences';
import { PageLoader } from '../../components/page-state';
import { formatDateRange } from '../../lib/format';

/** The milestones as they are and as the copy will have them, moved by the chosen offset. */
export function CopyMilestones({
  milestones,
  offset,
}: {
  milestones: MilestoneView[] | undefined;
  offset: CopyOffset;
}) {
  const { t } = useTranslation();
  if (!milestones || milestones.length === 0) return null;
  const valid = Number.isInteger(offset.amount);
  const moved = (d: string) => (valid ? shiftDate(d, offset) : d);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('conferences.copyDialog.shifted')}
      </Text>
      <ScrollArea.Autosize mah={240} type="auto">
        <Stack gap={6} data-testid="copy-milestones">
          {milestones.map((m) => (
            <div key={m.id} data-testid="copy-milestone">
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={600}>
                  {formatDateRange(moved(m.startDate), m.endDate && moved(m.endDate))}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('conferences.copyDialog.was', { date: formatDateRange(m.startDate, m.endDate) })}
                </Text>
              </Group>
              <Text size="xs" lineClamp={1} title={m.title}>
                {m.title}
              </Text>
            </div>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}

/** What the copy takes along and what it leaves behind, with the source's numbers. */
export function CopyScope({ preview }: { preview: ConferenceCopyPreview | undefined }) {
  const { t } = useTranslation();
  if (!preview) return <PageLoader />;
  const { copied: c, notCopied: n } = preview;
  const k = 'conferences.copyDialog' as const;
  const copied = [
    t(`${k}.items.plan`),
    t(`${k}.items.milestones`, { count: c.milestones }),
    t(`${k}.items.awardForms`, { count: c.awardForms, criteria: c.criteria }),
    t(`${k}.items.quotas`, { count: c.quotaUnits }),
    t(`${k}.items.program`, { items: c.agendaItems, performances: c.performances }),
    t(`${k}.items.tasks`, { count: c.tasks }),
    t(`${k}.items.budget`, { count: c.budgetLines }),
  ];
  const left = [
    t(`${k}.not.nominations`, { count: n.nominations }),
    t(`${k}.not.councilMeetings`, { count: n.councilMeetings }),
    t(`${k}.not.delegates`, { count: n.delegates }),
    t(`${k}.not.unitReports`, { count: n.unitReports }),
    t(`${k}.not.issuedDocuments`, { count: n.issuedDocuments }),
    t(`${k}.not.settings`),
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <ScopeList title={t(`${k}.copied`)} items={copied} testId="copy-copied" color="green" />
      <ScopeList title={t(`${k}.notCopied`)} items={left} testId="copy-not-copied" color="gray" />
    </SimpleGrid>
  );
}

function ScopeList({
  title,
  items,
  testId,
  color,
}: {
  title: string;
  items: string[];
  testId: string;
  color: string;
}) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text fw={600} size="sm" c={`${color}.8`}>
        {title}
      </Text>
      <Divider color={color} />
      <List size="sm" spacing={2}>
        {items.map((s) => (
          <List.Item key={s}>{s}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
