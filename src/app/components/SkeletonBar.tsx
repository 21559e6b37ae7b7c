interface Props {
  className?: string;
}

/** A grey placeholder line; purely visual, the surrounding status region announces loading. */
export function SkeletonBar({ className = '' }: Props) {
  return (
    <span
      aria-hidden="true"
      className={`block rounded bg-neutral-200 motion-safe:animate-pulse dark:bg-neutral-800 ${className}`}
    />
  );
}
