import { Box, Card, Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EligibilityView } from '../../../shared/schemas/honours';
import type { BallotItemView, Choice } from '../../../shared/schemas/review';
import { EligibilityBrief } from '../eligibility/eligibility-card';
import { PublicComments } from '../public-notice/public-comments';

export const CHOICE_COLOR: Record<Choice, string> = { agree: 'green', disagree: 'red', abstain: 'gray' };

/** The group's label and description look like the card's title and its subtitle. */
const NAME_STYLES = {
  label: { fontSize: 20, fontWeight: 700, lineHeight: 1.25 },
  description: { fontSize: 'var(--mantine-font-size-sm)', marginBottom: 'var(--mantine-spacing-sm)' },
};

/** One nominee on the member's paper: big choice cards, or "không tham gia" when excluded. */
export function VoteItem({
  item: i,
  index,
  count,
  excluded,
  missing,
  options,
  choice,
  onChoose,
  eligibility,
}: {
  item: BallotItemView;
  index: number;
  count: number;
  excluded: boolean;
  missing: boolean;
  options: Choice[];
  choice: Choice | null;
  onChoose: (c: Choice) => void;
  /** The nominee's eligibility from the register: the warning and past honours under the name. */
  eligibility?: EligibilityView;
}) {
  const { t } = useTranslation();
  const about = `${t(`nom.kind.${i.kind}`)} · ${i.unitName} · ${i.awardFormName}`;
  return (
    <Card
      id={`item-${i.id}`}
      withBorder
      padding="md"
      bg={excluded ? 'gray.1' : missing ? 'red.0' : undefined}
      style={missing ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
      data-testid="vote-item"
      data-name={i.name}
    >
      <Text size="xs" c="dimmed">
        {index + 1}/{count}
      </Text>
      {excluded ? (
        <>
          <Text fw={700} fz={20} lh={1.25}>
            {i.name}
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            {about}
          </Text>
          <Text fw={600} c="gray.8" data-testid="excluded">
            {t('rev.vote.excluded')}
          </Text>
        </>
      ) : (
        // The candidate's name is the group's label: a screen reader hears "Đồng ý" with whom.
        <Radio.Group
          value={choice}
          onChange={(v) => onChoose(v as Choice)}
          label={i.name}
          description={about}
          styles={NAME_STYLES}
          error={missing ? t('rev.vote.missing') : undefined}
        >
          {eligibility && (
            <Box mb="sm">
              <EligibilityBrief e={eligibility} />
            </Box>
          )}
          <PublicComments nominationId={i.nominationId} compact />
          <SimpleGrid cols={options.length} spacing="xs">
            {options.map((o) => {
              const on = choice === o;
              return (
                <Radio.Card
                  key={o}
                  value={o}
                  radius="md"
                  p="sm"
                  aria-label={t(`rev.choice.${o}`)}
                  bg={on ? `${CHOICE_COLOR[o]}.1` : undefined}
                  style={{
                    minHeight: 56,
                    borderWidth: on ? 2 : 1,
                    borderColor: on ? `var(--mantine-color-${CHOICE_COLOR[o]}-7)` : undefined,
                  }}
                >
                  <Group gap={8} wrap="nowrap" justify="center">
                    <Radio.Indicator color={CHOICE_COLOR[o]} />
                    <Text fw={700} fz={{ base: 'md', sm: 'lg' }} lh={1.15} ta="center">
                      {t(`rev.choice.${o}`)}
                    </Text>
                  </Group>
                </Radio.Card>
              );
            })}
          </SimpleGrid>
        </Radio.Group>
      )}
    </Card>
  );
}
