import { useSyncExternalStore } from 'react';
import { currentLocale, isSwitchingLanguage, subscribeLanguage } from './i18n';
import type { Language } from './languages';

/**
 * The language shown. The app's root reads it, so a switch re-renders every screen in place: the
 * flows' state, what was typed and where focus is all stay; only the words change.
 */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribeLanguage, currentLocale, currentLocale);
}

/**
 * True for a moment after a language switch: live regions mute themselves meanwhile, so words that
 * were already on screen are not read out again as if they were news.
 */
export function useSwitchingLanguage(): boolean {
  return useSyncExternalStore(subscribeLanguage, isSwitchingLanguage, () => false);
}
