import './catalog';
import { Anchor, Loader, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type ArticleInput, type ArticleView, articleInputSchema } from '../../../shared/schemas/publicity';
import { FormBody } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useCurrentOrg } from '../../lib/current-org';
import { useEditForm } from '../../lib/use-edit-form';
import { usePageTitle } from '../../lib/use-page-title';
import { coverOptions } from './asset-picker';
import { PublishPanel } from './publish-panel';
import {
  articlePath,
  articlesKey,
  articlesPath,
  createArticle,
  updateArticle,
  useArticle,
  useLibrary,
} from './queries';

const ArticleBodyEditor = lazy(() => import('./article-body-editor'));

const toValues = (a: ArticleView | null): ArticleInput => ({
  title: a?.title ?? '',
  summary: a?.summary ?? '',
  bodyHtml: a?.bodyHtml ?? '',
  conferenceId: a?.conferenceId ?? null,
  coverAssetId: a?.coverAssetId ?? null,
});

/** The publish panel and the form, mounted afresh for each saved version (so the next save carries it). */
function ArticleForm({ organizationId, article }: { organizationId: string; article: ArticleView | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const library = useLibrary(organizationId);
  const { form, bodyProps } = useEditForm({
    item: article,
    toValues,
    validate: schemaResolver(articleInputSchema, { sync: true }),
    save: async (v, version) => {
      const saved = article
        ? await updateArticle(organizationId, article.id, v, version)
        : await createArticle(organizationId, v);
      if (!article) navigate(articlePath(saved.id), { replace: true });
      return saved;
    },
    invalidate: [articlesKey(organizationId)],
    successMessage: t('media.articles.saved'),
    onSuccess: () => {},
  });
  return (
    <>
      {/* publishing reloads the form: it waits while the form holds unsaved changes */}
      {article && <PublishPanel organizationId={organizationId} article={article} unsaved={form.isDirty()} />}
      <FormBody {...bodyProps((c) => c.title)} onCancel={() => navigate(articlesPath)}>
        <TextInput label={t('media.field.title')} required {...form.getInputProps('title')} />
        <Textarea label={t('media.field.summary')} autosize minRows={2} {...form.getInputProps('summary')} />
        <NativeSelect
          label={t('media.field.cover')}
          description={t('media.pickCover')}
          data={coverOptions(
            library.data?.items ?? [],
            t('media.field.noCover'),
            t('media.library.untitled'),
          )}
          value={form.values.coverAssetId ?? ''}
          onChange={(e) => form.setFieldValue('coverAssetId', e.currentTarget.value || null)}
          error={form.errors.coverAssetId}
        />
        <Suspense fallback={<Loader size="sm" />}>
          <ArticleBodyEditor
            label={t('media.field.body')}
            value={form.values.bodyHtml}
            onChange={(html) => form.setFieldValue('bodyHtml', html)}
            error={form.errors.bodyHtml}
          />
        </Suspense>
      </FormBody>
    </>
  );
}

/** Viết / sửa tin bài: title, summary, cover, the rich-text body; publish now, at a time, or unpublish. */
export function ArticleEditPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const { articleId } = useParams();
  const id = articleId && articleId !== 'new' ? articleId : null;
  const article = useArticle(organization?.id, id);
  usePageTitle(id ? t('media.articles.editTitle') : t('media.articles.newTitle'));
  if (!organization || (id && article.isLoading)) return <PageLoader />;
  if (id && (article.error || !article.data))
    return <ErrorState error={article.error} onRetry={() => article.refetch()} />;
  const a = id ? article.data! : null;
  return (
    <Stack>
      <Anchor component={Link} to={articlesPath} size="sm">
        ← {t('media.articles.back')}
      </Anchor>
      <PageHeader title={id ? t('media.articles.editTitle') : t('media.articles.newTitle')} />
      <ArticleForm key={a ? `${a.id}-${a.version}` : 'new'} organizationId={organization.id} article={a} />
    </Stack>
  );
}
