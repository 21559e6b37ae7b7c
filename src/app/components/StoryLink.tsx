import type { StoryRef } from '../../model/article';
import { routePaths } from '../../model/routes';
import { PlainLink } from './PlainLink';

interface Props {
  story: StoryRef;
  className?: string;
}

/** "4 articles in this story": the way from one article to the whole of its story's coverage. */
export function StoryLink({ story, className = '' }: Props) {
  return (
    <PlainLink
      to={routePaths.story(story.slug)}
      className={`font-semibold text-red-700 underline-offset-2 hover:underline dark:text-red-400 ${className}`}
    >
      {story.count} articles in this story
    </PlainLink>
  );
}
