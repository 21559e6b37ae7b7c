import { useIsRead } from '../hooks/useReaderState';

/** "Read" beside a row's date once the reader has read it, so the state is not shown by colour alone. */
export function ReadLabel({ id }: { id: string }) {
  const read = useIsRead(id);
  if (!read) return null;
  return (
    <>
      <span aria-hidden="true">·</span>
      <span className="font-semibold">Read</span>
    </>
  );
}
