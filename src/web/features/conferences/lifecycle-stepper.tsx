import { Box, SimpleGrid, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LifecycleStep, StepState } from '../../../shared/rules/lifecycle';
import type { LifecycleView } from '../../../shared/schemas/conferences';

const MARK: Record<StepState, string | null> = { done: '✓', missed: '!', current: null, todo: null };

/**
 * Where we are: Kế hoạch → Đề nghị → … → Sau hội nghị, each step as the derived lifecycle says
 * (done ✓, current, not reached, or passed without being done "!"). Steps with a page of their
 * own (`links`) open it.
 */
export function LifecycleStepper({
  lifecycle,
  links = {},
}: {
  lifecycle: LifecycleView;
  links?: Partial<Record<LifecycleStep, string>>;
}) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('lifecycle.label')}>
      <SimpleGrid
        component="ol"
        cols={{ base: 2, xs: 4, lg: 8 }}
        spacing={6}
        verticalSpacing={6}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
        {lifecycle.steps.map(({ key: step, state }, i) => {
          const current = state === 'current';
          const done = state === 'done';
          const missed = state === 'missed';
          const to = links[step];
          const inner = (
            <>
              <ThemeIcon
                size={26}
                radius="xl"
                color={current ? 'white' : done ? 'red.8' : missed ? 'orange.7' : 'gray.4'}
                c={current ? 'red.8' : 'white'}
                aria-hidden
              >
                <Text fz="xs" fw={700}>
                  {MARK[state] ?? i + 1}
                </Text>
              </ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Text
                  fz="sm"
                  fw={current ? 700 : 500}
                  lh={1.2}
                  style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}
                >
                  {t(`lifecycle.${step}`)}
                </Text>
                <VisuallyHidden>{t(`life.stepState.${state}`)}</VisuallyHidden>
              </div>
              {to && (
                <Text fz="lg" fw={700} ml="auto" aria-hidden>
                  ›
                </Text>
              )}
            </>
          );
          const style = {
            borderRadius: 8,
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            minHeight: 48,
            color: 'inherit',
            textDecoration: 'none',
          } as const;
          return (
            <Box
              component="li"
              key={step}
              data-state={state}
              aria-current={current ? 'step' : undefined}
              bg={current ? 'red.8' : done ? 'red.0' : 'gray.0'}
              c={current ? 'white' : undefined}
              style={{ borderRadius: 8, outline: to ? '1px solid var(--mantine-color-red-3)' : undefined }}
            >
              {to ? (
                <Box component={Link} to={to} p={8} style={style} data-step={step}>
                  {inner}
                </Box>
              ) : (
                <Box p={8} style={style}>
                  {inner}
                </Box>
              )}
            </Box>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}
