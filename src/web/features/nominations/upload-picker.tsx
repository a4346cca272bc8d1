import { Button, FileButton, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Choose a file (shown by name), then send it: the two big buttons of every import card. */
export function UploadPicker(props: {
  accept: string;
  chooseLabel: string;
  submitLabel: string;
  file: File | null;
  onFile: (file: File | null) => void;
  loading: boolean;
  onSubmit: () => void;
  fileTestId?: string;
  /** Shown above the buttons (e.g. a select). */
  children?: ReactNode;
}) {
  return (
    <Stack>
      {props.children}
      <FileButton onChange={props.onFile} accept={props.accept}>
        {(p) => (
          <Button {...p} size="lg" h={56} variant="outline" fullWidth>
            {props.chooseLabel}
          </Button>
        )}
      </FileButton>
      {props.file && (
        <Text fw={600} data-testid={props.fileTestId} style={{ overflowWrap: 'anywhere' }}>
          {props.file.name}
        </Text>
      )}
      <Button
        size="lg"
        h={56}
        fullWidth
        disabled={!props.file}
        loading={props.loading}
        onClick={props.onSubmit}
      >
        {props.submitLabel}
      </Button>
    </Stack>
  );
}

/** One step of an import: a titled card with its help text. */
export function StepCard(props: { title: string; help?: string; testId?: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="md" data-testid={props.testId}>
      <Title order={2} fz="lg" mb={props.help ? 4 : 'sm'}>
        {props.title}
      </Title>
      {props.help && (
        <Text size="md" mb={props.children ? 'sm' : 0}>
          {props.help}
        </Text>
      )}
      {props.children}
    </Paper>
  );
}
