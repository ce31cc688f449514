// Each reason code has one string-table entry (src/i18n/tables/dea.ts). Params for rendering:
// {id} the unit, {variable} the name of the input/output column the caller shows.
import type { DeaReasonCode } from './types';

export function deaReasonKey(code: DeaReasonCode): string {
  return `dea.reason.${code}`;
}
