/**
 * Human names for the dataset's codes and words, in the page's language or a given one, from
 * messages/*.json, and its numbers as Intl writes them. `labelsFor(lang)` gives one language's set
 * (for pure modules that take the language); the exported records follow the page's language.
 */
import type { CountryCode, DateBasis, DatePrecision, EventKind, TariffStatus } from './schema';
import { currentLang, inLang, intlLocale, type Lang, type Message } from '../i18n';
import { plural, type PluralForms } from '../i18n/plural';
import * as m from '../paraglide/messages.js';
import type { SuspensionLabel } from './tariff-state';

type Words = Message<Record<string, never>>;

const COUNTRY = { US: m.country_US, MX: m.country_MX, CA: m.country_CA, CN: m.country_CN };

const KIND = {
  tariff: m.kind_tariff,
  pressure: m.kind_pressure,
  concession: m.kind_concession,
  statement: m.kind_statement,
  outcome: m.kind_outcome,
};

const KIND_DESCRIPTION = {
  tariff: m.kind_desc_tariff,
  pressure: m.kind_desc_pressure,
  concession: m.kind_desc_concession,
  statement: m.kind_desc_statement,
  outcome: m.kind_desc_outcome,
};

const STATUS = {
  threatened: m.status_threatened,
  imposed: m.status_imposed,
  suspended: m.status_suspended,
  lifted: m.status_lifted,
};

const DATE_BASIS = {
  article: m.date_basis_article,
  inferred: m.date_basis_inferred,
  'public-record': m.date_basis_public_record,
};

const PRECISION = {
  day: m.precision_day,
  month: m.precision_month,
  approximate: m.precision_approximate,
};

/** Quantity units as the dataset writes them; any other unit (`percent`) is shown as written. */
const UNIT = new Map<string, PluralForms<Record<string, never>>>([
  ['troops', { one: m.unit_troops_one, other: m.unit_troops_other }],
  ['people', { one: m.unit_people_one, other: m.unit_people_other }],
  ['organizations', { one: m.unit_organizations_one, other: m.unit_organizations_other }],
  ['USD', { one: m.unit_usd_one, other: m.unit_usd_other }],
]);

/** What a quantity counts, as the dataset's `measure` writes it; any other is shown as written. */
const MEASURE = new Map<string, Words>([
  ['sent to the border', m.measure_sent_to_border],
  ['designated as terrorists', m.measure_designated_terrorists],
  ['handed over to the U.S.', m.measure_handed_over],
  ['visas revoked', m.measure_visas_revoked],
  ['offered as a reward', m.measure_reward],
  ['border apprehensions in the month', m.measure_border_apprehensions],
  ['fall in fentanyl seizures', m.measure_fentanyl_seizures_fall],
]);

/** Tariff scopes as the dataset writes them; any other scope is shown as written. */
const SCOPE = new Map<string, Words>([
  ['all goods', m.scope_all_goods],
  ['additional duty, all goods', m.scope_additional_duty_all_goods],
  ['non-USMCA goods', m.scope_non_usmca_goods],
  ['energy', m.scope_energy],
  ['energy (non-USMCA)', m.scope_energy_non_usmca],
]);

/** The goods a scope covers, where it says more ("additional duty, all goods" covers all goods). */
const SCOPE_GOODS = new Map([['additional duty, all goods', 'all goods']]);

/** Suspensions as the dataset's `label` announces them; any other is shown as written. */
const ANNOUNCED_SUSPENSION = new Map<string, Words>([
  ['one-month pause', m.suspension_one_month_pause],
  ['30-day pause', m.suspension_30_day_pause],
  ['90-day suspension', m.suspension_90_day_suspension],
]);

/** From a million up, amounts are written in millions ("10 millones de dólares"). */
const MILLION = 1_000_000;

/** A suspension counted from its dates longer than this is a suspension, not a pause. */
const LONGEST_PAUSE_DAYS = 45;

/** The words of the dataset's vocabulary that have a message (a test checks the dataset uses no other). */
export const TRANSLATED_VOCABULARY = {
  units: [...UNIT.keys()],
  measures: [...MEASURE.keys()],
  scopes: [...SCOPE.keys()],
  suspensions: [...ANNOUNCED_SUSPENSION.keys()],
};

/** A record of a message per code, in `lang`. */
const wordsIn = <Code extends string>(messages: Record<Code, Words>, lang: Lang) =>
  Object.fromEntries(
    Object.entries<Words>(messages).map(([code, message]) => [code, message({}, { locale: lang })]),
  ) as Record<Code, string>;

function labelsIn(lang: Lang) {
  const options = { locale: lang };
  const number = new Intl.NumberFormat(intlLocale(lang));
  const percent = new Intl.NumberFormat(intlLocale(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const millions = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' });
  /** The unit of `count` things ("troops", "1 person"). */
  const unitOf = (unit: string, count: number) => {
    const forms = UNIT.get(unit);
    return forms ? plural(count, forms, {}, lang) : unit;
  };
  return {
    country: wordsIn<CountryCode>(COUNTRY, lang),
    kind: wordsIn<EventKind>(KIND, lang),
    kindDescription: wordsIn<EventKind>(KIND_DESCRIPTION, lang),
    status: wordsIn<TariffStatus>(STATUS, lang),
    dateBasis: wordsIn<DateBasis>(DATE_BASIS, lang),
    precision: wordsIn<DatePrecision>(PRECISION, lang),
    unit: unitOf,
    /**
     * A quantity with its unit, large amounts the newsroom way: "10,000 troops", "10 million USD",
     * "10 millones de dólares".
     */
    quantity: (value: number, unit: string) => {
      const words = unitOf(unit, value);
      if (Math.abs(value) < MILLION) return `${number.format(value)} ${words}`;
      const amount = value / MILLION;
      const forms = { one: m.quantity_millions_one, other: m.quantity_millions_other };
      return plural(amount, forms, { amount: millions.format(amount), unit: words }, lang);
    },
    /** What a quantity counts ("handed over to the U.S."). */
    measure: (measure: string) => MEASURE.get(measure)?.({}, options) ?? measure,
    scope: (scope: string) => SCOPE.get(scope)?.({}, options) ?? scope,
    /** Only the goods of a scope ("all goods" for "additional duty, all goods"). */
    goods: (scope: string) => {
      const goods = SCOPE_GOODS.get(scope) ?? scope;
      return SCOPE.get(goods)?.({}, options) ?? goods;
    },
    suspension: (label: SuspensionLabel) => {
      if ('announced' in label) {
        return ANNOUNCED_SUSPENSION.get(label.announced)?.({}, options) ?? label.announced;
      }
      const { days } = label;
      const forms =
        days > LONGEST_PAUSE_DAYS
          ? { one: m.suspension_days_one, other: m.suspension_days_other }
          : { one: m.suspension_pause_days_one, other: m.suspension_pause_days_other };
      return plural(days, forms, { days: number.format(days) }, lang);
    },
    /** Whole numbers and decimals as the locale writes them ("12,345", "2.5"). */
    number,
    /** A share as a whole percent ("25%" for 0.25). */
    percent,
    /** Names joined as the locale lists them ("Mexico, Canada, and China", "México, Canadá y China"). */
    list,
  };
}

export type Labels = ReturnType<typeof labelsIn>;

const made = new Map<Lang, Labels>();

/** One language's labels ('en' for anything else), made once per language. */
export function labelsFor(lang: string): Labels {
  const { locale } = inLang(lang);
  let labels = made.get(locale);
  if (!labels) made.set(locale, (labels = labelsIn(locale)));
  return labels;
}

/** A record whose values are read in the language of the page being rendered. */
function current<K extends 'country' | 'kind' | 'kindDescription' | 'status' | 'dateBasis'>(
  set: K,
): Labels[K] {
  return new Proxy({} as Labels[K], {
    get: (_, key) => labelsFor(currentLang())[set][key as never],
  });
}

export const COUNTRY_NAMES = current('country');
export const KIND_LABELS = current('kind');
