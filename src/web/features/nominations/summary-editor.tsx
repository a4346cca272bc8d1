import { Box, Button, Group, Input } from '@mantine/core';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanSummaryHtml, serializeSummary } from './summary-html';

type Command = 'bold' | 'italic' | 'underline' | 'insertUnorderedList' | 'insertOrderedList';

const TOOLS: { cmd: Command; key: 'bold' | 'italic' | 'underline' | 'bullets' | 'numbers'; glyph: string }[] =
  [
    { cmd: 'bold', key: 'bold', glyph: 'B' },
    { cmd: 'italic', key: 'italic', glyph: 'I' },
    { cmd: 'underline', key: 'underline', glyph: 'U' },
    { cmd: 'insertUnorderedList', key: 'bullets', glyph: '•' },
    { cmd: 'insertOrderedList', key: 'numbers', glyph: '1.' },
  ];

const GLYPH_STYLE: Record<string, React.CSSProperties> = {
  bold: { fontWeight: 800 },
  italic: { fontStyle: 'italic', fontFamily: 'serif' },
  underline: { textDecoration: 'underline' },
};

type Props = {
  label: string;
  description?: string;
  value: string;
  onChange: (html: string) => void;
  error?: React.ReactNode;
  /** Change it to load `value` into the editor again (e.g. after a conflict reload). */
  resetKey?: number;
};

/**
 * Tóm tắt thành tích: a small rich-text box — bold, italic, underline, bullet and numbered
 * lists, nothing else. What it sends is cleaned to the allow-list the server keeps. Pasted text
 * arrives as plain text.
 */
export function SummaryEditor({ label, description, value, onChange, error, resetKey = 0 }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const [active, setActive] = useState<Record<string, boolean>>({});
  const initial = useRef(value);
  initial.current = value;

  // Load the value when mounted (and on reset) — not on each keystroke, which would move the caret.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger
  useEffect(() => {
    if (ref.current) ref.current.innerHTML = cleanSummaryHtml(initial.current);
  }, [resetKey]);

  const refreshState = useCallback(() => {
    const next: Record<string, boolean> = {};
    for (const tool of TOOLS) {
      try {
        next[tool.cmd] = document.queryCommandState(tool.cmd);
      } catch {
        next[tool.cmd] = false;
      }
    }
    setActive(next);
  }, []);

  const emit = () => {
    if (ref.current) onChange(serializeSummary(ref.current));
  };

  const run = (cmd: Command) => {
    ref.current?.focus();
    document.execCommand(cmd);
    emit();
    refreshState();
  };

  return (
    <Input.Wrapper
      size="md"
      label={label}
      description={description}
      error={error}
      id={`${id}-wrapper`}
      labelProps={{ id: `${id}-label` }}
    >
      <Box
        mt={4}
        style={{
          border: `1px solid ${error ? 'var(--mantine-color-error)' : 'var(--mantine-color-default-border)'}`,
          borderRadius: 'var(--mantine-radius-md)',
          background: 'var(--mantine-color-body)',
        }}
      >
        <Group
          gap={4}
          p={4}
          role="toolbar"
          aria-label={t('nom.editor.toolbar')}
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        >
          {TOOLS.map((tool) => (
            <Button
              key={tool.cmd}
              variant={active[tool.cmd] ? 'filled' : 'subtle'}
              color="gray"
              size="sm"
              miw={44}
              h={40}
              px={8}
              aria-label={t(`nom.editor.${tool.key}`)}
              aria-pressed={!!active[tool.cmd]}
              title={t(`nom.editor.${tool.key}`)}
              // Keep the selection in the text while the button is pressed.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(tool.cmd)}
            >
              <span style={GLYPH_STYLE[tool.key]} aria-hidden>
                {tool.glyph}
              </span>
            </Button>
          ))}
        </Group>
        {/* biome-ignore lint/a11y/useSemanticElements: a rich-text box has no native element */}
        <div
          ref={ref}
          role="textbox"
          tabIndex={0}
          aria-multiline="true"
          aria-labelledby={`${id}-label`}
          aria-invalid={!!error}
          contentEditable
          suppressContentEditableWarning
          data-testid="summary-editor"
          onFocus={() => {
            try {
              document.execCommand('defaultParagraphSeparator', false, 'p');
            } catch {
              // older engines: divs, cleaned to paragraphs anyway
            }
          }}
          onInput={emit}
          onKeyUp={refreshState}
          onMouseUp={refreshState}
          onPaste={(e) => {
            e.preventDefault();
            const text = e.clipboardData.getData('text/plain');
            document.execCommand('insertText', false, text);
            emit();
          }}
          style={{
            minHeight: 180,
            padding: '10px 12px',
            fontSize: 16,
            lineHeight: 1.55,
            outline: 'none',
            overflowWrap: 'anywhere',
          }}
        />
      </Box>
    </Input.Wrapper>
  );
}
