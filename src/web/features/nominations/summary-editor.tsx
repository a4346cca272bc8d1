import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './summary-editor.module.css';
import { keepAllowedTags } from './summary-html';

export type SummaryEditorProps = {
  label: string;
  description?: string;
  value: string;
  onChange: (html: string) => void;
  error?: React.ReactNode;
  /** Change it to load `value` into the editor again (e.g. after a conflict reload). */
  resetKey?: number;
};

/**
 * StarterKit with only what the shared allow-list (SUMMARY_ALLOWED_TAGS) can hold: paragraphs,
 * line breaks, bold, italic, underline, bullet and numbered lists. Pasted HTML is parsed through
 * this schema, so anything else (headings, links, colours, tables) arrives as plain text.
 */
const extensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: false,
  }),
];

/** Tóm tắt thành tích: a small rich-text box on Tiptap (through @mantine/tiptap). */
export default function SummaryEditor({
  label,
  description,
  value,
  onChange,
  error,
  resetKey = 0,
}: SummaryEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const editor = useEditor({
    extensions,
    content: value,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        'data-testid': 'summary-editor',
        style: 'min-height: 180px; font-size: 16px; line-height: 1.55; overflow-wrap: anywhere',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : keepAllowedTags(e.getHTML())),
  });

  // Load the value again on reset only — not on each keystroke, which would move the caret.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger
  useEffect(() => {
    if (editor && resetKey) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, resetKey]);

  // The view exists once the editor is mounted ('create'); until then there is nothing to mark.
  useEffect(() => {
    if (!editor) return;
    const mark = () => {
      if (editor.isInitialized && !editor.isDestroyed)
        editor.view.dom.setAttribute('aria-invalid', String(!!error));
    };
    mark();
    editor.on('create', mark);
    return () => {
      editor.off('create', mark);
    };
  }, [editor, error]);

  return (
    <Input.Wrapper
      size="md"
      label={label}
      description={description}
      error={error}
      labelProps={{ id: `${id}-label` }}
    >
      <RichTextEditor
        editor={editor}
        mt={4}
        classNames={{ content: classes.content }}
        style={error ? { borderColor: 'var(--mantine-color-error)' } : undefined}
        labels={{
          boldControlLabel: t('nom.editor.bold'),
          italicControlLabel: t('nom.editor.italic'),
          underlineControlLabel: t('nom.editor.underline'),
          bulletListControlLabel: t('nom.editor.bullets'),
          orderedListControlLabel: t('nom.editor.numbers'),
        }}
      >
        <RichTextEditor.Toolbar role="toolbar" aria-label={t('nom.editor.toolbar')}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
