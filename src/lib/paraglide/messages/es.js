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
export const site_name = () => `Monitor de Presión Arancelaria`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const site_tagline = () => `Amenazas arancelarias de EU contra México, Canadá y China, y la respuesta de México`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_main = () => `Principal`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_timeline = () => `Cronología`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_compare = () => `Comparar`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_events = () => `Eventos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_sources = () => `Fuentes`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const nav_data = () => `Datos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const skip_to_content = () => `Ir al contenido`


/**
 * @param {{ version: NonNullable<unknown>, count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const footer_dataset = (params) => `Conjunto de datos v${params.version}, elaborado a partir de ${params.count} notas periodísticas; cada evento cita textualmente una declaración.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const footer_downloads = () => `Descargas y diccionario de datos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_all = () => `Todos los eventos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_date = () => `Fecha`


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
export const event_target = () => `Destinatario`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_number = () => `Cifra`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_code = () => `Clave del evento`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_measures = () => `Medidas arancelarias`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_country = () => `País`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_rate = () => `Tasa`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_status = () => `Estatus`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_scope = () => `Alcance`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_effective = () => `Vigente desde`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_until = () => `Hasta`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_note = () => `Nota`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_sources_say = () => `Lo que dicen las fuentes`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_pressure_response = () => `Presión y respuesta`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_responds_to = () => `Este evento responde a:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_responses = () => `Respuestas a este evento:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const event_next = () => `Siguiente`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title = () => `Amenazas y respuestas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figures = () => `En cifras`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_concessions_h = () => `Concesiones acumuladas frente al arancel con que se amenazó`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_copy = () => `Copiar`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_copied = () => `Copiado`


/**
 * @param {{ width: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_png_print = (params) => `PNG (impresión, ${params.width} px)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const dataset_title = () => `Amenazas arancelarias y presión de EU sobre México, Canadá y China, y las respuestas`


/**
 * @param {{ site: NonNullable<unknown>, year: NonNullable<unknown>, dataset: NonNullable<unknown>, title: NonNullable<unknown>, version: NonNullable<unknown>, date: NonNullable<unknown>, url: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const citation_apa = (params) => `${params.site}. (${params.year}). ${params.dataset}: ${params.title} (Versión ${params.version}) [Conjunto de datos y gráfica interactiva]. ${params.site}. Recuperado el ${params.date}, de ${params.url}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tier_stated = () => `Establecidos por las fuentes`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tier_window = () => `Por fecha, en la ventana`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title_none = (params) => `Ninguna amenaza de EU contra ${params.country} en esta vista`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title_unanswered = (params) => `Ninguna amenaza de EU contra ${params.country} en esta vista tuvo respuesta`


/**
 * @param {{ within: NonNullable<unknown>, threats: NonNullable<unknown>, country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title_within = (params) => `${params.within} de ${params.threats} amenazas y acciones de presión de EU contra ${params.country} tuvieron respuesta en menos de una semana`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_title_none = (params) => `Sin presión de EU sobre ${params.country} en los datos`


/**
 * @param {{ country: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_title_peak = (params) => `La presión de EU sobre ${params.country} llegó a su máximo en la semana del ${params.date}`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_subtitle = (params) => `Amenazas y acciones de presión de EU contra ${params.country} (arriba) y sus concesiones y declaraciones (abajo); una línea une cada par, continua cuando una fuente los vincula.`


/**
 * @param {{ country: NonNullable<unknown>, days: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_embed_subtitle = (params) => `Amenazas de EU contra ${params.country} (arriba) y sus respuestas (abajo); continua: vinculadas por una fuente; punteada: dentro de ${params.days} días, solo por fecha.`


/**
 * @param {{ country: NonNullable<unknown>, days: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_image_subtitle = (params) => `Amenazas de EU contra ${params.country} (arriba), sus respuestas (abajo); continua: vinculadas por una fuente; punteada: dentro de ${params.days} días, solo por fecha`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_subtitle = () => `Sumas semanales de los pesos de Goldstein: presión de EU arriba de la línea, cooperación abajo`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_explanation = () => `Cada barra suma una semana de pesos de Goldstein (la escala de conflicto–cooperación de −10 a +10 asociada al código CAMEO de cada evento): arriba de la línea, las acciones de EU hacia el país con peso negativo, como magnitud; abajo, las acciones del país hacia EU con peso positivo. Los eventos de los que solo se conoce el mes cuentan en la semana del día 15.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_charts = () => `Gráficas`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_chart_label = (params) => `Amenazas de EU arriba de la línea, respuestas de ${params.country} abajo, unidas cuando forman un par`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_axis_threats = () => `Amenazas y presión de EU`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_axis_responses = (params) => `Respuestas de ${params.country}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_axis_threats_above = () => `Amenazas y presión de EU (arriba)`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_axis_responses_below = (params) => `Respuestas de ${params.country} (abajo)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_basis_stated = () => `según la fuente`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_basis_window = () => `solo por fecha`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_later_stated = () => `después, según la fuente`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_later_window = () => `después, emparejada solo por fecha`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_chart_hint = () => `Señala una línea, o llega a ella con el tabulador, para ver ambas citas. Continua: la fuente vincula la respuesta con la amenaza; punteada: dentro de la ventana, solo por fecha.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lag_same_day = () => `el mismo día`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lag_one_day = () => `1 día`


/**
 * @param {{ days: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lag_days = (params) => `${params.days} días`


/**
 * @param {{ lag: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lag_approximate = (params) => `aprox. ${params.lag}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_carried_out = () => `cumplida`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_suspended = () => `suspendida`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_withdrawn = () => `retirada`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_pending = () => `aún pendiente`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_on = (params) => `el ${params.date}`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_as_of = (params) => `al ${params.date}`


/**
 * @param {{ when: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_until = (params) => `${params.when}, hasta el ${params.date}`


/**
 * @param {{ outcome: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_step = (params) => `${params.outcome} el ${params.date}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_outcome_then = () => `, luego `


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figure = () => `Cifra`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figures_caption = () => `Cifras de resumen`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_threats = () => `Amenazas y acciones de presión de EU mostradas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_median = () => `Demora mediana entre una amenaza y su primera respuesta`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_within7 = () => `Amenazas respondidas en 7 días o menos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_within30 = () => `Amenazas respondidas en 30 días o menos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_row_suspended = () => `Amenazas arancelarias suspendidas tras una concesión que respondía a ellas`


/**
 * @param {{ part: NonNullable<unknown>, whole: NonNullable<unknown>, percent: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_share = (params) => `${params.part} de ${params.whole} (${params.percent})`


/**
 * @param {{ days: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figures_note = (params) => `Una respuesta cuenta cuando la fuente la vincula con la amenaza o (si se muestran) cuando cae dentro de ${params.days} días solo por fecha. «En 7 días o menos» cuenta solo las demoras que con certeza son así de cortas: una respuesta de la que solo se conoce el mes cuenta cuando todo su rango cabe.`


/**
 * @param {{ version: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_source_rest = (params) => `, conjunto de datos v${params.version}. Marcadores huecos: la fecha solo se conoce por mes o de forma aproximada. Se desconoce cualquier desenlace posterior a la última fecha del conjunto de datos.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_csv_pairs = () => `CSV (pares mostrados)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_csv_weeks = () => `CSV (semanas mostradas)`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_threats_h = (params) => `${params.country}: cada amenaza, sus respuestas y su desenlace`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_threats_caption = (params) => `Amenazas de EU contra ${params.country}, respuestas y desenlaces`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_threat = () => `Amenaza o presión`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_date = () => `Fecha`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_responses = () => `Respuestas (demora; base)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_first = () => `Primera respuesta`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_outcome = () => `Desenlace`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_no_response = () => `Sin respuesta en los datos`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_concessions_caption = (params) => `${params.country}: concesiones acumuladas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_concession = () => `Concesión`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_troops = () => `Tropas, acumulado`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_people = () => `Personas trasladadas, acumulado`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_col_tariff = () => `Arancel de EU entonces`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tariff_unknown = () => `desconocido (sin datos)`


/**
 * @param {{ rate: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tariff_threatened = (params) => `${params.rate}% (amenaza)`


/**
 * @param {{ rate: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_tariff_in_effect = (params) => `${params.rate}% en vigor`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_no_concessions = () => `No hay concesiones cuantificadas (tropas, personas) en los datos.`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_label = (params) => `Presión semanal de EU sobre ${params.country} (arriba) y cooperación de ${params.country} (abajo), según los pesos de Goldstein`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_pressure = (params) => `Presión de EU sobre ${params.country}`


/**
 * @param {{ country: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_cooperation = (params) => `Cooperación de ${params.country} con EU`


/**
 * @param {{ date: NonNullable<unknown>, pressure: NonNullable<unknown>, cooperation: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_index_week = (params) => `Semana del ${params.date}: presión ${params.pressure}, cooperación ${params.cooperation}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const home_title = () => `cronología arancelaria`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const notice_default = () => `Se muestra la vista predeterminada.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const csv_tariff_steps = () => `CSV (cambios de arancel mostrados)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const csv_events_marked = () => `CSV (eventos marcados)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const source_label = () => `Fuente:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const source_five = () => `cinco notas periodísticas`


/**
 * @param {{ version: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const home_source_rest = (params) => `conjunto de datos v${params.version}; fechas de los cambios de arancel tomadas del registro público.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_description = () => `Cada amenaza arancelaria de EU, acción de presión y respuesta de México o Canadá, con fecha y fuente.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_h1 = () => `Cada evento, con su fuente`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_lede = (params) => `${params.count} eventos fechados: amenazas arancelarias de EU y otras presiones, y lo que México y Canadá hicieron en respuesta. Cada uno enlaza a sus citas y a cómo se estableció su fecha.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_filter = () => `Filtrar eventos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_kind = () => `Tipo`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_country = () => `País involucrado`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_search = () => `Buscar`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_placeholder = () => `p. ej. tropas, Sinaloa, 30%`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_noscript = () => `El filtrado requiere JavaScript; abajo está la tabla completa.`


/**
 * @param {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_count = (params) => `Se muestran ${params.shown} de ${params.total} eventos.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_clear = () => `Borrar filtros`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_download = () => `Descargar estos datos:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const events_dictionary = () => `diccionario de datos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const table_events_caption = () => `Eventos, uno por fila`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const table_no_match = () => `Ningún evento coincide con estos filtros.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_bands = () => `Suspensiones y anuncios en la gráfica`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_no_suspension = () => `No hay suspensiones en este periodo.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_steps = () => `Cambios de arancel`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_from = () => `Desde`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_to = () => `Hasta`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_in_effect = () => `En vigor`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_threatened = () => `Amenaza`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_suspension = () => `Suspensión`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_set_by = () => `Fijado por`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_marked = () => `Eventos en la gráfica`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_event = () => `Evento`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tt_key_number = () => `Cifra clave`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_axis_rate = () => `Tasa arancelaria`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_axis_transferred = () => `Entregados`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_people = (params) => `${params.count} personas`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_no_data_after = (params) => `datos hasta el ${params.date}`


/**
 * @param {{ label: NonNullable<unknown>, countries: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_band = (params) => `${params.label}: ${params.countries}, del ${params.from} al ${params.to}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_and = () => `y`


/**
 * @param {{ from: NonNullable<unknown>, to: NonNullable<unknown>, statuses: NonNullable<unknown>, bands: NonNullable<unknown>, marked: NonNullable<unknown>, pointer: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_summary = (params) => `Aranceles del ${params.from} al ${params.to}: ${params.statuses}. ${params.bands}; ${params.marked} eventos marcados. ${params.pointer}`


/**
 * @param {{ country: NonNullable<unknown>, rate: NonNullable<unknown>, threat: NonNullable<unknown>, suspension: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_summary_status = (params) => `${params.country}: ${params.rate}% en vigor${params.threat}${params.suspension} al ${params.date}`


/**
 * @param {{ rate: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_summary_threat = (params) => `, amenaza de ${params.rate}%`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_bands_one = (params) => `${params.count} suspensión sombreada`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_bands_other = (params) => `${params.count} suspensiones sombreadas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_pointer_tables = () => `La tabla de abajo detalla cada cambio.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_pointer_full = () => `La vista completa detalla cada cambio.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_subtitle_lead = () => `Arancel adicional de EU a los bienes de cada país, %:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_subtitle_shaded = () => `sombreado: suspensiones.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_subtitle_below = () => `Abajo: la presión de EU y las respuestas, y las personas que México ha entregado a la custodia de EU. El área de cada marcador indica elementos o personas.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_noscript = () => `La gráfica necesita JavaScript. Las tablas de abajo contienen cada cifra que muestra.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_noscript_embed = () => `La gráfica necesita JavaScript. La vista completa contiene cada cifra que muestra.`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_skip_markers = (params) => `Saltar los ${params.count} marcadores de la gráfica`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_markers = () => `Marcadores de la gráfica`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_shaded = () => `Sombreado:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_line = () => `Línea:`


/**
 * @param {{ label: NonNullable<unknown>, date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_suspension_to = (params) => `${params.label}, hasta el ${params.date}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_unknown_after = () => `Después de la última fila de un país los datos no dicen nada: su estatus es desconocido, no cero.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_image_subtitle = () => `Arancel adicional de EU a los bienes de cada país, %; debajo, la presión de EU, las respuestas y las entregas de México a la custodia de EU`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_key_marker_area = () => `Área del marcador: elementos o personas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_key_hollow = () => `Hueco: solo se conoce el mes`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_image_note = () => `Nota: desde el 7 mar 2025 las tasas a México y Canadá solo aplican a bienes fuera del T-MEC. Cada línea se detiene donde terminan los datos de ese país.`


/**
 * @param {{ credit: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tl_image_source = (params) => `${params.credit}; fechas de los cambios arancelarios tomadas del registro público.`


/**
 * @param {{ version: NonNullable<unknown>, count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const credit_rest_one = (params) => `conjunto de datos v${params.version}, a partir de ${params.count} nota periodística`


/**
 * @param {{ version: NonNullable<unknown>, count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const credit_rest_other = (params) => `conjunto de datos v${params.version}, a partir de ${params.count} notas periodísticas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_full_view = () => `Vista completa`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_new_tab = () => `(se abre en una pestaña nueva)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const ev_previous = () => `Anterior`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const ev_prev_next = () => `Evento anterior y siguiente`


/**
 * @param {{ code: NonNullable<unknown>, weight: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const ev_code_value = (params) => `CAMEO ${params.code}, peso Goldstein ${params.weight}`


/**
 * @param {{ key: NonNullable<unknown>, value: NonNullable<unknown>, expects: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const notice_ignored = (params) => `Se ignoró ${params.key}="${params.value}": se esperaba ${params.expects}.`


/**
 * @param {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const notice_range = (params) => `Se ignoró el rango de fechas del ${params.from} al ${params.to}: termina antes de empezar.`


/**
 * @param {{ values: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_list = (params) => `cualquiera de ${params.values}, unidos con ~`


/**
 * @param {{ values: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_one = (params) => `uno de ${params.values}`


/**
 * @param {{ max: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_text = (params) => `un texto de ${params.max} caracteres como máximo`


/**
 * @param {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_integer = (params) => `un número entero de ${params.min} a ${params.max}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const expects_day = () => `una fecha AAAA-MM-DD`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_csv_desc = () => `una fila por evento, con las columnas de abajo. Las celdas de texto que empiezan con =, +, - o @ llevan un apóstrofo al inicio para que ninguna hoja de cálculo las ejecute como fórmulas.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_json_desc = () => `el conjunto de datos completo, con cada cita y cada medida arancelaria, descrito por`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_package_a = () => `un`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_package_desc = () => `que describe ambos archivos, con este diccionario.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_column = () => `Columna`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_type = () => `Tipo`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_meaning = () => `Significado`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_one_of = () => `Uno de:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_h1 = () => `Insertar una gráfica`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_description = () => `Inserta las gráficas del monitor en tu propia nota: el código, sus parámetros y vistas previas.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_lede = () => `Pega el código en tu página. El marco empieza con una altura que muestra toda la gráfica; luego el script la ajusta a su contenido cuando cambia el ancho. Los sitios que ya usan iframe-resizer o Pym.js obtienen el mismo ajuste con su propia biblioteca.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_parameters = () => `Parámetros`


/**
 * @param {{ params: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_params_intro = (params) => `Una gráfica insertada acepta los mismos parámetros que su vista completa (la cronología: ${params.params}; elígelos ahí y copia la dirección), además de:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_theme_dd = () => `Los colores: claros, oscuros o los del sistema del lector (la opción predeterminada).`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_lang_dd = () => `El idioma: lang=es abre la gráfica en español (lo mismo que /es/embed/<gráfica>), lang=en la versión en inglés. Cualquier otro valor se ignora, con un aviso.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_example = () => `Por ejemplo,`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_snippet = () => `Código`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_preview = () => `Vista previa`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_preview_width = () => `Ancho de la vista previa`


/**
 * @param {{ width: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_px_wide = (params) => `${params.width} px de ancho`


/**
 * @param {{ title: NonNullable<unknown>, width: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_preview_title = (params) => `${params.title} (vista previa, ${params.width} px)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const error_not_found = () => `Página no encontrada`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const error_not_found_lede = () => `No hay nada en esta dirección. La cronología, los eventos y los datos están enlazados arriba.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const error_other = () => `Algo salió mal`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const error_home = () => `Ir a la cronología`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_label = () => `Cifras principales`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_people = () => `Personas trasladadas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_people_line = () => `integrantes de cárteles entregados por México a EU`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_troops = () => `Tropas desplegadas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_troops_line = () => `elementos de la Guardia Nacional enviados a la frontera norte`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_h1 = () => `Las notas detrás de los datos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_how = () => `Cómo se determinó la fecha:`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_in_effect = () => `en vigor`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_threatened = () => `de amenaza`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_as_of = (params) => `Al ${params.date}; sin datos posteriores`


/**
 * @param {{ date: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_suspended_to = (params) => `suspendido hasta el ${params.date}`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_description = () => `Las notas periodísticas de las que se toma el conjunto de datos, con sus fechas de publicación.`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_lede = (params) => `Cada evento del conjunto de datos proviene de estas ${params.count} notas y cita textualmente una de ellas. Cuando una nota deja una fecha imprecisa o la da mal, el evento registra la fecha del registro público y lo indica.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_no_publisher = () => `Medio no indicado`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_published = () => `publicada el`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_cite = (params) => `${params.count} eventos citan esta nota`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_image = () => `Imagen de la vista predeterminada (PNG, se actualiza con los datos)`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_behind_one = (params) => `${params.count} evento detrás de esta cifra`


/**
 * @param {{ count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const hc_behind_other = (params) => `${params.count} eventos detrás de esta cifra`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const theme_label = () => `Tema de color`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const theme_auto = () => `Tema automático`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const theme_light = () => `Claro`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const theme_dark = () => `Oscuro`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_controls = () => `Controles de la gráfica`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_countries = () => `Países`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_events = () => `Eventos marcados`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_presets = () => `Periodos predefinidos`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const tc_all = () => `Todo`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_controls = () => `Controles de la comparación`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_countries = () => `Países (dos: lado a lado)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_pairs = () => `Pares`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_window = () => `Ventana (días después de una amenaza)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const cc_threats = () => `Amenazas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const dr_dates = () => `Fechas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const dr_from = () => `Desde`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_share = () => `Compartir e insertar`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_link = () => `Enlace a esta vista`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_embed = () => `Código para insertar`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_downloads = () => `Descargas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_png_screen = () => `PNG (tamaño de pantalla)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sp_cite = () => `Citar esta gráfica (APA)`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_description = () => `Cada amenaza arancelaria o acción de presión de EU contra México y Canadá, lo que siguió, qué tan rápido y qué fue de la amenaza.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_lede = () => `Para cada amenaza arancelaria o acción de presión de EU: qué hizo México (o Canadá) después, qué tan rápido y qué fue de la amenaza. Los pares que las fuentes establecen se distinguen de los formados solo por la fecha.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const dr_to = () => `Hasta`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_title = () => `Datos y descargas`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_description = () => `Descarga el conjunto de datos en CSV o JSON, con su diccionario de datos.`


/**
 * @param {{ version: NonNullable<unknown>, count: NonNullable<unknown> }} params
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_lede = (params) => `Versión ${params.version} del conjunto de datos: ${params.count} eventos. Libre de reutilizar citando este sitio y las notas de origen.`


/**
 * 
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const data_dictionary = () => `Diccionario de datos (events.csv)`
