import type { StringTable } from '../index';

export const benchStrings: StringTable = {
};
