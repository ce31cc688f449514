import { LANGUAGE_KEY, languageOf, storedLanguage } from '../../src/taskpane/language';
import { startLanguage } from '../../src/taskpane/environment';

describe('pane language', () => {
  it("follows Office's language until the user chooses, then remembers the choice", () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    const languages = storedLanguage(storage);
    expect(startLanguage({ officeLang: languageOf('en-US'), languages })).toBe('en');
    languages.save('da');
    expect(values.get(LANGUAGE_KEY)).toBe('da');
    expect(startLanguage({ officeLang: 'en', languages: storedLanguage(storage) })).toBe('da');
  });

  it('keeps the choice in memory when storage is blocked', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    const languages = storedLanguage(blocked);
    expect(languages.load()).toBeUndefined();
    languages.save('en');
    expect(languages.load()).toBe('en');
    expect(languageOf('da-DK')).toBe('da');
    expect(languageOf(undefined)).toBe('da');
  });
});
