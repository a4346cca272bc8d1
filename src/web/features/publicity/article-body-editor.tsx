import './catalog';
import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './article-body-editor.module.css';

/**
 * What the article allow-list (shared/rules/rich-text ARTICLE_ALLOWED_TAGS) can hold: the summary's
 * formatting plus h2, h3, quotes and http(s) links. The server sanitizes again on save.
 */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: {
      openOnClick: false,
      protocols: ['http', 'https'],
      defaultProtocol: 'https',
      HTMLAttributes: { rel: 'noopener noreferrer', target: null },
    },
  }),
];

type Props = {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: React.ReactNode;
  resetKey?: number;
};

/** Nội dung tin bài: Tiptap (through @mantine/tiptap), the nomination summary's editor with more tools. */
export default function ArticleBodyEditor({ label, value, onChange, error, resetKey = 0 }: Props) {
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
        'data-testid': 'article-body-editor',
        style: 'min-height: 260px; font-size: 16px; line-height: 1.6; overflow-wrap: anywhere',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger
  useEffect(() => {
    if (editor && resetKey) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, resetKey]);

  return (
    <Input.Wrapper size="md" label={label} error={error} labelProps={{ id: `${id}-label` }}>
      <RichTextEditor
        editor={editor}
        mt={4}
        classNames={{ content: classes.content }}
        labels={{
          boldControlLabel: t('nom.editor.bold'),
          italicControlLabel: t('nom.editor.italic'),
          underlineControlLabel: t('nom.editor.underline'),
          bulletListControlLabel: t('nom.editor.bullets'),
          orderedListControlLabel: t('nom.editor.numbers'),
          h2ControlLabel: t('media.editor.h2'),
          h3ControlLabel: t('media.editor.h3'),
          blockquoteControlLabel: t('media.editor.quote'),
          linkControlLabel: t('media.editor.link'),
          unlinkControlLabel: t('media.editor.unlink'),
        }}
      >
        <RichTextEditor.Toolbar role="toolbar" aria-label={t('media.editor.toolbar')}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
            <RichTextEditor.Blockquote />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
