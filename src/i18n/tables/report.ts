import type { StringTable } from '../index';

export const reportStrings: StringTable = {
};
