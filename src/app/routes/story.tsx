import { useParams } from 'react-router';
import { manifestQueryOptions } from '../api/manifest';
import { storyQueryOptions } from '../api/story';
import { StoryPage } from '../features/stories/components/StoryPage';
import { notFoundMeta, storyMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

export function StoryRoute() {
  const { slug = '' } = useParams();
  return <StoryPage slug={slug} />;
}

export const storyHandle: RouteHandle = {
  async prefetch({ params, queryClient }) {
    const [manifest, story] = await Promise.all([
      queryClient.fetchQuery(manifestQueryOptions()),
      queryClient.fetchQuery(storyQueryOptions(params.slug ?? '')),
    ]);
    if (!story) return { status: 404, ...notFoundMeta(manifest.siteTitle) };
    return { status: 200, ...storyMeta(manifest.siteTitle, story.title, story.count) };
  },
};
