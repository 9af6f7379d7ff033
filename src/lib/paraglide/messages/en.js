/* eslint-disable */
/** 
 * This file contains language specific message functions for tree-shaking. 
 * 
 *! WARNING: Only import messages from this file if you want to manually
 *! optimize your bundle. Else, import from the `messages.js` file. 
 * 
 * Your bundler will (in the future) automatically replace the index function 
 * with a language specific message function in the build step. 
 */


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const site_name = () => `Tariff Pressure Tracker`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const site_tagline = () => `U.S. tariff threats against Mexico, Canada and China, and what Mexico did in response`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_main = () => `Main`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_timeline = () => `Timeline`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_compare = () => `Compare`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_events = () => `Events`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_sources = () => `Sources`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_data = () => `Data`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const skip_to_content = () => `Skip to content`


/**
 * @param {{ version: NonNullable<unknown>, count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const footer_dataset = (params) => `Dataset v${params.version}, curated from ${params.count} news articles; every event cites a verbatim quote.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const footer_downloads = () => `Downloads and data dictionary`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_all = () => `All events`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_date = () => `Date`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_actor = () => `Actor`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_target = () => `Target`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_number = () => `Number`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_code = () => `Event code`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_measures = () => `Tariff measures`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_country = () => `Country`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_rate = () => `Rate`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_status = () => `Status`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_scope = () => `Scope`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_effective = () => `Effective`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_until = () => `Until`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_note = () => `Note`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_sources_say = () => `What the sources say`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_pressure_response = () => `Pressure and response`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_responds_to = () => `This event responds to:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_responses = () => `Responses to this event:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_next = () => `Next`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title = () => `Threats and responses`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figures = () => `In figures`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_concessions_h = () => `Concessions to date against the tariff threatened`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_copy = () => `Copy`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_copied = () => `Copied`


/**
 * @param {{ width: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_png_print = (params) => `PNG (print, ${params.width} px)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const dataset_title = () => `U.S. tariff threats and pressure on Mexico, Canada and China, and the responses`


/**
 * @param {{ site: NonNullable<unknown>, year: NonNullable<unknown>, dataset: NonNullable<unknown>, title: NonNullable<unknown>, version: NonNullable<unknown>, date: NonNullable<unknown>, url: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const citation_apa = (params) => `${params.site}. (${params.year}). ${params.dataset}: ${params.title} (Version ${params.version}) [Data set and interactive chart]. ${params.site}. Retrieved ${params.date}, from ${params.url}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tier_stated = () => `Stated by the sources`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tier_window = () => `Within the window, by date only`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title_none = (params) => `No U.S. threats against ${params.country} in this view`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title_unanswered = (params) => `No U.S. threat against ${params.country} in this view was followed by a response`


/**
 * @param {{ within: NonNullable<unknown>, threats: NonNullable<unknown>, country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title_within = (params) => `${params.within} of ${params.threats} U.S. threats and pressure steps against ${params.country} were followed by a response within a week`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_title_none = (params) => `No U.S. pressure on ${params.country} in the data`


/**
 * @param {{ country: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_title_peak = (params) => `U.S. pressure on ${params.country} peaked in the week of ${params.date}`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_subtitle = (params) => `U.S. threats and pressure steps against ${params.country} (above) and its concessions and statements (below); a line joins each pair, solid where a source ties them.`


/**
 * @param {{ country: NonNullable<unknown>, days: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_embed_subtitle = (params) => `U.S. threats against ${params.country} (above) and its responses (below); solid: tied by a source, dashed: within ${params.days} days by date only.`


/**
 * @param {{ country: NonNullable<unknown>, days: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_image_subtitle = (params) => `U.S. threats against ${params.country} (above), its responses (below); solid: tied by a source, dashed: within ${params.days} days by date only`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_subtitle = () => `Weekly sums of Goldstein weights: U.S. pressure above the line, cooperation below`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_explanation = () => `Each bar sums one week of Goldstein weights (the conflict–cooperation scale of −10 to +10 attached to each event’s CAMEO code): above the line, U.S. actions toward the country with negative weights, as a magnitude; below it, the country’s actions toward the U.S. with positive weights. Events known only to the month count in the week of the 15th.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_charts = () => `Charts`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_chart_label = (params) => `U.S. threats above the line, ${params.country}'s responses below, joined where paired`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_axis_threats = () => `U.S. threats and pressure`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_axis_responses = (params) => `${params.country}'s responses`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_axis_threats_above = () => `U.S. threats and pressure (above)`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_axis_responses_below = (params) => `${params.country}'s responses (below)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_basis_stated = () => `stated by the source`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_basis_window = () => `by date only`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_later_stated = () => `later, stated by the source`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_later_window = () => `later, paired by date only`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_chart_hint = () => `Point at or tab to a connector to see both quotes. Solid: the source ties the response to the threat; dashed: within the window by date only.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lag_same_day = () => `same day`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lag_one_day = () => `1 day`


/**
 * @param {{ days: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lag_days = (params) => `${params.days} days`


/**
 * @param {{ lag: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lag_approximate = (params) => `c. ${params.lag}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_carried_out = () => `carried out`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_suspended = () => `suspended`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_withdrawn = () => `withdrawn`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_pending = () => `still pending`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_on = (params) => `on ${params.date}`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_as_of = (params) => `as of ${params.date}`


/**
 * @param {{ when: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_until = (params) => `${params.when}, to ${params.date}`


/**
 * @param {{ outcome: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_step = (params) => `${params.outcome} ${params.date}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_then = () => `, then `


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figure = () => `Figure`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figures_caption = () => `Summary figures`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_threats = () => `U.S. threats and pressure steps shown`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_median = () => `Median lag from a threat to its first response`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_within7 = () => `Threats answered within 7 days`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_within30 = () => `Threats answered within 30 days`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_suspended = () => `Tariff threats suspended after a concession answering them`


/**
 * @param {{ part: NonNullable<unknown>, whole: NonNullable<unknown>, percent: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_share = (params) => `${params.part} of ${params.whole} (${params.percent})`


/**
 * @param {{ days: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figures_note = (params) => `A response counts when the source ties it to the threat, or (if shown) when it falls within ${params.days} days by date alone. "Within 7 days" counts only lags certainly that short: a response known only to the month counts when its whole range fits.`


/**
 * @param {{ version: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_source_rest = (params) => `, dataset v${params.version}. Hollow markers: the date is known only to the month or roughly. An outcome after the dataset's last date is unknown.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_csv_pairs = () => `CSV (pairs shown)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_csv_weeks = () => `CSV (weeks shown)`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_threats_h = (params) => `${params.country}: every threat, its responses and its outcome`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_threats_caption = (params) => `U.S. threats against ${params.country}, responses and outcomes`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_threat = () => `Threat or pressure`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_date = () => `Date`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_responses = () => `Responses (lag; basis)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_first = () => `First response`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_outcome = () => `Outcome`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_no_response = () => `No response in the data`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_concessions_caption = (params) => `${params.country}: cumulative concessions`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_concession = () => `Concession`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_troops = () => `Troops deployed, to date`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_people = () => `People transferred, to date`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_tariff = () => `U.S. tariff at the time`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tariff_unknown = () => `unknown (no data)`


/**
 * @param {{ rate: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tariff_threatened = (params) => `${params.rate}% threatened`


/**
 * @param {{ rate: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tariff_in_effect = (params) => `${params.rate}% in effect`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_no_concessions = () => `No counted concessions (troops, people) in the data.`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_label = (params) => `Weekly U.S. pressure on ${params.country} (above) and ${params.country}'s cooperation (below), from Goldstein weights`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_pressure = (params) => `U.S. pressure on ${params.country}`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_cooperation = (params) => `${params.country}'s cooperation with the U.S.`


/**
 * @param {{ date: NonNullable<unknown>, pressure: NonNullable<unknown>, cooperation: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_week = (params) => `Week of ${params.date}: pressure ${params.pressure}, cooperation ${params.cooperation}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const home_title = () => `tariff timeline`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const notice_default = () => `Showing the default instead.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const csv_tariff_steps = () => `CSV (tariff steps shown)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const csv_events_marked = () => `CSV (events marked)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const source_label = () => `Source:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const source_five = () => `five news articles`


/**
 * @param {{ version: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const home_source_rest = (params) => `dataset v${params.version}; tariff step dates from the public record.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_description = () => `Every dated U.S. tariff threat, pressure step and Mexican or Canadian response, with its source.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_h1 = () => `Every event, with its source`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_lede = (params) => `${params.count} dated events: U.S. tariff threats and other pressure, and what Mexico and Canada did in response. Each links to its quotes and how its date was established.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_filter = () => `Filter events`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_kind = () => `Kind`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_country = () => `Country involved`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_search = () => `Search`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_placeholder = () => `e.g. troops, Sinaloa, 30%`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_noscript = () => `Filtering needs JavaScript; the full table is below.`


/**
 * @param {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_count = (params) => `Showing ${params.shown} of ${params.total} events.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_clear = () => `Clear filters`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_download = () => `Download this data:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_dictionary = () => `data dictionary`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const table_events_caption = () => `Events, one row each`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const table_no_match = () => `No event matches these filters.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_bands = () => `Suspensions and announcements on the chart`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_no_suspension = () => `No suspension in this range.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_steps = () => `Tariff steps`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_from = () => `From`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_to = () => `To`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_in_effect = () => `In effect`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_threatened = () => `Threatened`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_suspension = () => `Suspension`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_set_by = () => `Set by`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_marked = () => `Events on the chart`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_event = () => `Event`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_key_number = () => `Key number`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_axis_rate = () => `Tariff rate`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_axis_transferred = () => `Transferred`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_people = (params) => `${params.count} people`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_no_data_after = (params) => `no data after ${params.date}`


/**
 * @param {{ label: NonNullable<unknown>, countries: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_band = (params) => `${params.label}: ${params.countries}, ${params.from} to ${params.to}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_and = () => `and`


/**
 * @param {{ from: NonNullable<unknown>, to: NonNullable<unknown>, statuses: NonNullable<unknown>, bands: NonNullable<unknown>, marked: NonNullable<unknown>, pointer: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_summary = (params) => `Tariff rates from ${params.from} to ${params.to}: ${params.statuses}. ${params.bands}; ${params.marked} events marked. ${params.pointer}`


/**
 * @param {{ country: NonNullable<unknown>, rate: NonNullable<unknown>, threat: NonNullable<unknown>, suspension: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_summary_status = (params) => `${params.country} ${params.rate}% in effect${params.threat}${params.suspension} as of ${params.date}`


/**
 * @param {{ rate: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_summary_threat = (params) => `, ${params.rate}% threatened`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_bands_one = (params) => `${params.count} suspension shaded`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_bands_other = (params) => `${params.count} suspensions shaded`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_pointer_tables = () => `The table below lists every step.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_pointer_full = () => `The full view lists every step.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_subtitle_lead = () => `Additional U.S. tariff on each country's goods, %:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_subtitle_shaded = () => `shaded: suspensions.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_subtitle_below = () => `Below: U.S. pressure and the responses, and the people Mexico has transferred to U.S. custody. Marker area shows troops or people.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_noscript = () => `The chart needs JavaScript. The tables below hold every figure it shows.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_noscript_embed = () => `The chart needs JavaScript. The full view lists every figure it shows.`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_skip_markers = (params) => `Skip the chart's ${params.count} markers`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_markers = () => `Chart markers`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_shaded = () => `Shaded:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_line = () => `Line:`


/**
 * @param {{ label: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_suspension_to = (params) => `${params.label}, to ${params.date}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_unknown_after = () => `After the last row for a country the data says nothing: its status is unknown, not zero.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_image_subtitle = () => `Additional U.S. tariff on each country's goods, %; below it, U.S. pressure, the responses and Mexico's transfers to U.S. custody`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_key_marker_area = () => `Marker area: troops or people`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_key_hollow = () => `Hollow: only the month is known`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_image_note = () => `Note: from 7 Mar 2025 the rates on Mexico and Canada apply to goods outside the USMCA only. Each line stops where the data on that country ends.`


/**
 * @param {{ credit: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_image_source = (params) => `${params.credit}; tariff step dates from the public record.`


/**
 * @param {{ version: NonNullable<unknown>, count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const credit_rest_one = (params) => `dataset v${params.version}, from ${params.count} news article`


/**
 * @param {{ version: NonNullable<unknown>, count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const credit_rest_other = (params) => `dataset v${params.version}, from ${params.count} news articles`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_full_view = () => `Full view`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_new_tab = () => `(opens in a new tab)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const ev_previous = () => `Previous`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const ev_prev_next = () => `Previous and next event`


/**
 * @param {{ code: NonNullable<unknown>, weight: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const ev_code_value = (params) => `CAMEO ${params.code}, Goldstein weight ${params.weight}`


/**
 * @param {{ key: NonNullable<unknown>, value: NonNullable<unknown>, expects: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const notice_ignored = (params) => `Ignored ${params.key}="${params.value}": expected ${params.expects}.`


/**
 * @param {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const notice_range = (params) => `Ignored the date range ${params.from} to ${params.to}: it ends before it starts.`


/**
 * @param {{ values: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_list = (params) => `any of ${params.values} joined by ~`


/**
 * @param {{ values: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_one = (params) => `one of ${params.values}`


/**
 * @param {{ max: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_text = (params) => `text of at most ${params.max} characters`


/**
 * @param {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_integer = (params) => `a whole number from ${params.min} to ${params.max}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_day = () => `a date YYYY-MM-DD`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_csv_desc = () => `one row per event, the columns below. Text cells that begin with =, +, - or @ carry a leading apostrophe so that no spreadsheet runs them as formulas.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_json_desc = () => `the full dataset with every quote and tariff measure, described by`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_package_a = () => `a`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_package_desc = () => `describing both files, with this dictionary.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_column = () => `Column`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_type = () => `Type`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_meaning = () => `Meaning`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_one_of = () => `One of:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_h1 = () => `Embed a chart`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_description = () => `Embed the tracker's charts in your own article: the snippet, its parameters, previews.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_lede = () => `Paste the snippet into your page. The frame starts at a height that shows the whole chart; the script then fits it to its content as the width changes. Sites already using iframe-resizer or Pym.js get the same resizing from their own library.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_parameters = () => `Parameters`


/**
 * @param {{ params: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_params_intro = (params) => `An embed takes the same parameters as its full view (the timeline: ${params.params}; set them there and copy the address), plus:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_theme_dd = () => `The colours: light, dark, or the reader's system setting (the default).`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_lang_dd = () => `The language: lang=es opens the Spanish embed (the same as /es/embed/<chart>), lang=en the English one. Any other value is ignored, with a notice.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_example = () => `For example,`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_snippet = () => `Snippet`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_preview = () => `Preview`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_preview_width = () => `Preview width`


/**
 * @param {{ width: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_px_wide = (params) => `${params.width} px wide`


/**
 * @param {{ title: NonNullable<unknown>, width: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_preview_title = (params) => `${params.title} (preview, ${params.width} px)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const error_not_found = () => `Page not found`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const error_not_found_lede = () => `There is nothing at this address. The timeline, the events and the data are linked above.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const error_other = () => `Something went wrong`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const error_home = () => `Go to the timeline`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_label = () => `Headline figures`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_people = () => `People transferred`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_people_line = () => `cartel figures handed to the U.S. by Mexico`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_troops = () => `Troops deployed`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_troops_line = () => `National Guard sent to the northern border`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_h1 = () => `The articles behind the data`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_how = () => `How the date was resolved:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_in_effect = () => `in effect`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_threatened = () => `threatened`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_as_of = (params) => `As of ${params.date}; no data after`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_suspended_to = (params) => `suspended to ${params.date}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_description = () => `The news articles the dataset is taken from, with their publication dates.`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_lede = (params) => `Every event in the dataset is taken from these ${params.count} articles and quotes one of them verbatim. Where an article leaves a date vague or gets it wrong, the event records the public-record date and says so.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_no_publisher = () => `Publisher not stated`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_published = () => `published`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_cite = (params) => `${params.count} events cite this article`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_image = () => `Image of the default view (PNG, updates with the data)`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_behind_one = (params) => `${params.count} event behind this`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_behind_other = (params) => `${params.count} events behind this`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const theme_label = () => `Colour theme`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const theme_auto = () => `Auto theme`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const theme_light = () => `Light`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const theme_dark = () => `Dark`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_controls = () => `Chart controls`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_countries = () => `Countries`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_events = () => `Events marked`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_presets = () => `Date presets`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_all = () => `All`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_controls = () => `Comparison controls`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_countries = () => `Countries (two: side by side)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_pairs = () => `Pairs`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_window = () => `Window (days after a threat)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_threats = () => `Threats`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const dr_dates = () => `Dates`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const dr_from = () => `From`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_share = () => `Share & embed`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_link = () => `Link to this view`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_embed = () => `Embed code`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_downloads = () => `Downloads`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_png_screen = () => `PNG (screen size)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_cite = () => `Cite this chart (APA)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_description = () => `Each U.S. tariff threat or pressure step against Mexico and Canada, what followed, how fast, and what became of the threat.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lede = () => `For each U.S. tariff threat or pressure step: what Mexico (or Canada) did next, how fast, and what became of the threat. Pairs the sources state are kept apart from pairs made by date alone.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const dr_to = () => `To`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_title = () => `Data and downloads`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_description = () => `Download the dataset as CSV or JSON, with its data dictionary.`


/**
 * @param {{ version: NonNullable<unknown>, count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_lede = (params) => `Dataset version ${params.version}: ${params.count} events. Free to reuse with credit to this site and the source articles.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_dictionary = () => `Data dictionary (events.csv)`
