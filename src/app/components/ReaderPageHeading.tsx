interface Props {
  title: string;
  summary: string;
}

export function ReaderPageHeading({ title, summary }: Props) {
  return (
    <header className="mb-6 border-b border-neutral-200 pb-6 dark:border-neutral-800">
      <p className="text-sm font-semibold tracking-widest text-red-700 uppercase dark:text-red-400">Your reading</p>
      <h1 className="mt-1 font-serif text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mt-2 text-neutral-600 dark:text-neutral-400">{summary}</p>
    </header>
  );
}
