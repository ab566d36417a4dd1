// Where each part of a plan sits in its text: the checker judges root causes, actions and
// preventive measures one by one, and points at them by UTF-16 offsets into the plan's text.
export const planSteps = ['rootCauses', 'actions', 'preventions', 'evidence'] as const;
export type PlanStep = (typeof planSteps)[number];

export interface PlanBlock {
  step: PlanStep;
  /** The item's id in the appeal; for a plain-text plan, its position in its section ("2"). */
  id: string;
  /** The seller's words: from the first character after the list marker to the item's end. */
  start: number;
  end: number;
  /** For an action: the root cause it answers; null when not linked; undefined when unknown (plain text). */
  rootCauseId?: string | null;
}

/** A plan as pasted into Amazon's form, with its parts located. */
export interface PlanDocument {
  text: string;
  blocks: readonly PlanBlock[];
}
