import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A set of radio buttons: every option visible, arrow keys move between them. */
export function ChoiceGroup<T extends string>({ legend, name, value, options, onChange }: Props<T>) {
  const id = useId();
  return (
    <fieldset className="border-t border-neutral-200 py-5 first-of-type:border-t-0 first-of-type:pt-0 dark:border-neutral-800">
      <legend className="float-left mb-3 w-full font-semibold">{legend}</legend>
      <div className="clear-left flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-neutral-300 px-3 py-1.5 has-checked:border-neutral-900 has-checked:bg-neutral-100 dark:border-neutral-700 dark:has-checked:border-neutral-100 dark:has-checked:bg-neutral-900"
          >
            <input
              type="radio"
              name={`${name}-${id}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="accent-red-700 dark:accent-red-400"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
