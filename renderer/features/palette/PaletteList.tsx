import { useEffect } from 'react';
import { SnippetText } from '../search/SnippetText';
import { GROUP_TITLES, type PaletteOption } from './usePaletteOptions';

interface Props {
  options: PaletteOption[];
  active: number;
  query: string;
  searching: boolean;
  onRun: (index: number) => void;
}

function groupsOf(options: PaletteOption[]): { name: PaletteOption['group']; entries: [number, PaletteOption][] }[] {
  const groups: { name: PaletteOption['group']; entries: [number, PaletteOption][] }[] = [];
  options.forEach((option, index) => {
    const last = groups[groups.length - 1];
    if (last?.name === option.group) last.entries.push([index, option]);
    else groups.push({ name: option.group, entries: [[index, option]] });
  });
  return groups;
}

/** The palette's options in their groups, the active one marked; a click runs one as Enter does. */
export function PaletteList({ options, active, query, searching, onRun }: Props) {
  useEffect(() => {
    document.getElementById(`palette-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const nothing = options.length === 0 && query.trim() !== '' && !searching;
  return (
    <>
      <div id="palette-options" className="palette__list" role="listbox" aria-label="Commands and results">
        {groupsOf(options).map((group) => (
          <div key={group.name} role="group" aria-labelledby={`palette-group-${group.name}`}>
            <div id={`palette-group-${group.name}`} className="palette__group" role="presentation">
              {GROUP_TITLES[group.name]}
            </div>
            {group.entries.map(([index, option]) => (
              <div
                key={option.id}
                id={`palette-option-${index}`}
                role="option"
                aria-selected={index === active}
                className="palette__option"
                // Keep the focus in the input: the click runs the option.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onRun(index)}
              >
                <span className="palette__label">{option.label}</span>
                <span className="palette__hint">{option.hint}</span>
                {option.hit ? (
                  <span className="palette__snippet">
                    <SnippetText snippet={option.hit.snippet} />
                  </span>
                ) : null}
              </div>
            ))}
          </div>
        ))}
      </div>
      <p className="palette__status" role="status">
        {nothing ? `Nothing matches “${query.trim()}”.` : searching ? 'Searching your notes…' : ''}
      </p>
      <p className="palette__keys" aria-hidden="true">
        ↑↓ move · Enter run · Esc close · "quotes" for a phrase
      </p>
    </>
  );
}
