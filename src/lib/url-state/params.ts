/**
 * URL ↔ view state, OWID-style: each view declares its parameters once (how to read, write and default
 * them) and gets a typed reader and writer. Lists are `~`-separated (`?country=MX~CA`). A parameter that
 * cannot be read falls back to its default and yields a short notice, in the page's language;
 * nothing in a URL can throw.
 */
import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import * as m from '../paraglide/messages.js';

export interface ParamSpec<T> {
  /** The value, or `undefined` when the text is not acceptable. */
  parse(raw: string): T | undefined;
  serialize(value: T): string;
  defaultValue: T;
  /** What the parameter accepts, in `lang`, for the notice when a value is rejected. */
  expects(lang: string): string;
}

export type ParamSpecs<View> = { [Key in keyof View]: ParamSpec<View[Key]> };

export interface ReadResult<View> {
  view: View;
  /** One line per parameter that was ignored. */
  notices: string[];
}

const MAX_ECHO = 40;
const MAX_PARAM_LENGTH = 2000;

/** A rejected value, shortened and stripped of control characters for the notice. */
export function echo(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO)}…` : clean;
}

/**
 * A check across parameters (a reversed date range), or against the data: the view to use instead,
 * and why (in `lang`), one line per problem.
 */
export type ViewRefinement<View> = (
  view: View,
  lang?: string,
) => { view: View; notice: string | string[] } | null;

/** The view a query asks for; the notices are in `lang`. */
export function readView<View>(
  specs: ParamSpecs<View>,
  search: URLSearchParams,
  refine?: ViewRefinement<View>,
  lang = 'en',
): ReadResult<View> {
  const view = {} as View;
  const notices: string[] = [];
  for (const key of Object.keys(specs) as (keyof View & string)[]) {
    const spec = specs[key];
    const raw = search.get(key);
    if (raw === null || raw === '') {
      view[key] = spec.defaultValue;
      continue;
    }
    const value = raw.length > MAX_PARAM_LENGTH ? undefined : spec.parse(raw);
    if (value === undefined) {
      view[key] = spec.defaultValue;
      notices.push(
        m.notice_ignored({ key, value: echo(raw), expects: spec.expects(lang) }, inLang(lang)),
      );
    } else {
      view[key] = value;
    }
  }
  const refined = refine?.(view, lang);
  return refined
    ? { view: refined.view, notices: [...notices, ...[refined.notice].flat()] }
    : { view, notices };
}

/** The view with every parameter at its default. */
export function defaultView<View>(specs: ParamSpecs<View>): View {
  const view = {} as View;
  for (const key of Object.keys(specs) as (keyof View & string)[])
    view[key] = specs[key].defaultValue;
  return view;
}

/** The query string of a view, leaving out parameters at their default. */
export function writeView<View>(specs: ParamSpecs<View>, view: View): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of Object.keys(specs) as (keyof View & string)[]) {
    const spec = specs[key];
    const text = spec.serialize(view[key]);
    if (text !== spec.serialize(spec.defaultValue)) search.set(key, text);
  }
  return search;
}

/** `?a=1&b=2`, or the empty string: `URLSearchParams` writes `~` as `%7E`, which we keep readable. */
export function queryString(search: URLSearchParams): string {
  const text = search.toString().replaceAll('%7E', '~');
  return text ? `?${text}` : '';
}

/** A `~`-separated subset of `allowed`; the empty list means "all". */
export function listParam<T extends string>(
  allowed: readonly T[],
  defaultValue: T[] = [],
): ParamSpec<T[]> {
  return {
    defaultValue,
    expects: (lang) => m.expects_list({ values: allowed.join(', ') }, inLang(lang)),
    parse(raw) {
      const items = raw.split('~').filter(Boolean);
      if (!items.length || !items.every((item): item is T => allowed.includes(item as T))) {
        return undefined;
      }
      return allowed.filter((item) => items.includes(item));
    },
    serialize: (value) => value.join('~'),
  };
}

export function enumParam<T extends string>(allowed: readonly T[], defaultValue: T): ParamSpec<T> {
  return {
    defaultValue,
    expects: (lang) => m.expects_one_of({ values: allowed.join(', ') }, inLang(lang)),
    parse: (raw) => (allowed.includes(raw as T) ? (raw as T) : undefined),
    serialize: (value) => value,
  };
}

/** Free text, trimmed, at most `maxLength` characters. */
export function textParam(maxLength: number): ParamSpec<string> {
  return {
    defaultValue: '',
    expects: (lang) =>
      plural(
        maxLength,
        { one: m.expects_text_one, other: m.expects_text_other },
        { max: maxLength },
        lang,
      ),
    parse: (raw) => (raw.length <= maxLength ? raw.trim() : undefined),
    serialize: (value) => value,
  };
}

/** A whole number within bounds. */
export function integerParam(min: number, max: number, defaultValue: number): ParamSpec<number> {
  return {
    defaultValue,
    expects: (lang) => m.expects_integer({ min, max }, inLang(lang)),
    parse(raw) {
      if (!/^\d{1,6}$/.test(raw)) return undefined;
      const value = Number(raw);
      return value >= min && value <= max ? value : undefined;
    },
    serialize: (value) => String(value),
  };
}
