import { useManifest } from '../../../api/manifest';
import { useStory } from '../../../api/story';
import { ErrorState } from '../../../components/ErrorState';
import { NotFound } from '../../../components/NotFound';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { storyMeta } from '../../../lib/meta';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useIsLanding } from '../../../lib/useIsLanding';
import { StoryView } from './StoryView';

interface Props {
  slug: string;
}

export function StoryPage({ slug }: Props) {
  const story = useStory(slug);
  const landing = useIsLanding();
  const siteTitle = useManifest().data?.siteTitle;
  useDocumentTitle(
    story.data && siteTitle ? storyMeta(siteTitle, story.data.title, story.data.count).title : undefined,
  );

  // As on the article page: a missing file after an in-app link is asked for again, so it loads.
  const missing = story.data === null;
  if (story.isPending || (missing && !landing && story.isFetching)) return <PageSkeleton />;
  if (story.isError || (missing && !landing)) {
    return (
      <ErrorState
        headingLevel={1}
        title="This story could not be loaded"
        error={story.error}
        onRetry={() => void story.refetch()}
      />
    );
  }
  if (story.data === null) return <NotFound />;
  return <StoryView story={story.data} />;
}
