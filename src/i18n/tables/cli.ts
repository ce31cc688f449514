import type { StringTable } from '../index';

export const cliStrings: StringTable = {
};
