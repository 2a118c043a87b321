import type { FieldPath } from '../editing/field-path';
import type { Workshop } from '../domain/workshop';
import type { StageId } from '../method/stages';
import type { ReadinessContext } from './context';
import type { Area } from './types';
import { clip, joinWords, plural } from '../text';

/** One problem a rule found; the engine adds the rule's id, severity and area. */
export interface RuleHit {
  readonly title: string;
  readonly message: string;
  readonly fix: {
    readonly fieldPath: FieldPath;
    readonly label: string;
    /** Defaults to the area's stage. */
    readonly stageId?: StageId;
  };
  /**
   * The item the hit is about (a standard's id, a missing default's key), for rules that report
   * once per item; rules about the area as a whole report at most once and leave it out.
   */
  readonly subject?: string;
}

interface RuleBase {
  /** `area.what-is-wrong`, stable: tests, the UI and saved screenshots refer to it. */
  readonly id: string;
  readonly area: Area;
  /** A general title for lists of rules; each hit carries its own specific title. */
  readonly title: string;
  /**
   * 'area': the rule judges the area as a whole and fires at most once.
   * 'item': it fires once per offending item (a standard, a RACI row, a hypothesis, a risk).
   * Decides how many points a warning takes off (see the table in assess-readiness.ts).
   */
  readonly per: 'area' | 'item';
  readonly check: (workshop: Workshop, context: ReadinessContext) => readonly RuleHit[];
}

export interface BlockingRule extends RuleBase {
  readonly severity: 'blocking';
  /**
   * The best verdict the plan can get while this fires. The three blockers shared/method/METHOD.md names
   * (no operations in the room, no operational owner, a business case that does not cover the
   * lifecycle) say 'do-not-start'; any other blocker would say 'fix-before-starting'.
   */
  readonly caps: 'do-not-start' | 'fix-before-starting';
}

export interface WarningRule extends RuleBase {
  readonly severity: 'warning';
  readonly caps: 'fix-before-starting';
}

export type Rule = BlockingRule | WarningRule;

/** The 'fine' finding for an area in which no rule fired, so the review can show a green tick. */
export interface AreaFine {
  readonly area: Area;
  readonly check: (workshop: Workshop, context: ReadinessContext) => Omit<RuleHit, 'subject'>;
}

export const filled = (text: string): boolean => text.trim().length > 0;

/** A finding quotes someone's text cut at 80 characters, and names at most three people before "and 2 more". */
export const excerpt = (text: string): string => clip(text, 80);
export const joinNames = (names: readonly string[], max = 3): string => joinWords(names, max);
export { plural };
