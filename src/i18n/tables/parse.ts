import type { StringTable } from '../index';

export const parseStrings: StringTable = {
};
