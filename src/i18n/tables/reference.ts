import type { StringTable } from '../index';

export const referenceStrings: StringTable = {
};
