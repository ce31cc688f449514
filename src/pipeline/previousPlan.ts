// What a run reads back from its own earlier sheets before it writes: the planner's input on
// Prioritering. Small on purpose: the task pane imports it in its first chunk.
import type { OwnSheetContent } from '../hosts/types';
import { readPreviousPlan, type PreviousPlan } from '../report/plan';

export const RUN_OWN_ROLES = ['prioritisation'] as const;

/** The planner's input among the own sheets an earlier run left, if any. */
export function previousPlanIn(own: readonly OwnSheetContent[]): PreviousPlan | undefined {
  const sheet = own.find((content) => content.role === 'prioritisation');
  return sheet ? readPreviousPlan(sheet.grid) : undefined;
}
