import { useLayoutEffect, useRef, useState } from 'react';
import type { PresenterColumn, PresenterNote } from '../../../../shared/presenter/presenter-view';
import { TEAM_IDS, TEAM_LABELS, type TeamId } from '../../../../shared/method/teams';

/**
 * The room's notes as an affinity wall: one column per group. A projector cannot scroll, so each
 * column shows as many cards as fit (newest first) and counts the rest as "+3 more".
 */
export function PresenterNotes({ columns, isShowingVotes }: { columns: readonly PresenterColumn[]; isShowingVotes: boolean }) {
  const teams = teamsOnTheWall(columns);
  return (
    <div className="presenter-wall">
      <div className="presenter-columns" style={{ gridTemplateColumns: `repeat(${Math.min(columns.length, 4)}, minmax(0, 1fr))` }}>
        {columns.map((column) => (
          <NoteColumn key={column.id} column={column} isShowingVotes={isShowingVotes} />
        ))}
      </div>
      {teams.length > 0 && (
        <ul className="presenter-legend" aria-label="Team colours">
          {teams.map((team) => (
            <li key={team} className={`team-${team}`}>
              {LEGEND_LABELS[team]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NoteColumn({ column, isShowingVotes }: { column: PresenterColumn; isShowingVotes: boolean }) {
  const listRef = useRef<HTMLUListElement>(null);
  const [hiddenCount, setHiddenCount] = useState(0);
  const headingId = `presenter-column-${column.id}`;

  // After every render and on every resize: the cards that would fall off the bottom are hidden
  // from the bottom up (the oldest), so the picture never scrolls and never clips a card in half.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const fit = () => setHiddenCount(hideOverflowingCards(list));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(list);
    return () => observer.disconnect();
  });

  return (
    <section className="presenter-column" aria-labelledby={headingId}>
      <h2 id={headingId} className="presenter-column-head">
        <span className="presenter-column-label">{column.label}</span>
        {hiddenCount > 0 && <span className="presenter-more">+{hiddenCount} more</span>}
      </h2>
      <ul ref={listRef} className="presenter-cards">
        {column.notes.map((note) => (
          <NoteCard key={note.id} note={note} isShowingVotes={isShowingVotes} />
        ))}
      </ul>
    </section>
  );
}

function NoteCard({ note, isShowingVotes }: { note: PresenterNote; isShowingVotes: boolean }) {
  return (
    <li className={`presenter-card team-${note.team ?? 'room'}`}>
      <span className="presenter-card-text">{note.text}</span>
      {/* A wall of "0" badges is noise: only notes that got dots carry them. */}
      {isShowingVotes && note.votes !== null && note.votes > 0 && (
        <span className="presenter-votes">
          <span aria-hidden="true">●</span> {note.votes}
          <span className="visually-hidden">{note.votes === 1 ? ' vote' : ' votes'}</span>
        </span>
      )}
    </li>
  );
}

/** Hides (with the `hidden` attribute, which React leaves alone) every card below the list's bottom edge. */
function hideOverflowingCards(list: HTMLElement): number {
  const cards = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement);
  for (const card of cards) card.hidden = false;
  const bottom = list.clientHeight;
  let hidden = 0;
  for (const card of cards) {
    // Once one card does not fit, none after it may show: the order is newest first.
    if (hidden > 0 || card.offsetTop + card.offsetHeight > bottom) {
      card.hidden = true;
      hidden += 1;
    }
  }
  return hidden;
}

type WallColour = TeamId | 'room';

const LEGEND_LABELS: Readonly<Record<WallColour, string>> = { ...TEAM_LABELS, room: 'The room' };

/** The colours actually on the wall, in the method's team order; none when every note is the room's. */
function teamsOnTheWall(columns: readonly PresenterColumn[]): WallColour[] {
  const seen = new Set<WallColour>();
  for (const column of columns) for (const note of column.notes) seen.add(note.team ?? 'room');
  if (!TEAM_IDS.some((team) => seen.has(team))) return [];
  return [...TEAM_IDS, 'room' as const].filter((colour) => seen.has(colour));
}
