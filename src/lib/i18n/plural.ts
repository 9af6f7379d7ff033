import { currentLang, inLang, intlLocale, type Lang, type Message } from './index';

/** A count message's forms: `<key>_one` and `<key>_other` in messages/*.json. */
export interface PluralForms<Params> {
  one: Message<Params>;
  other: Message<Params>;
}

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The form of a count message that agrees with `count` in `lang` ("1 event", "0 events", "48
 * events"; "se muestra 1", "se muestran 2"), as Intl.PluralRules chooses it. Spanish's `many`
 * (a million, "1 millón de…") takes the `other` form. `lang` is the page's unless given.
 */
export function plural<Params>(
  count: number,
  forms: PluralForms<Params>,
  params: Params,
  lang: string = currentLang(),
): string {
  const options = inLang(lang);
  let rule = rules.get(options.locale);
  if (!rule) rules.set(options.locale, (rule = new Intl.PluralRules(intlLocale(options.locale))));
  return (rule.select(count) === 'one' ? forms.one : forms.other)(params, options);
}
