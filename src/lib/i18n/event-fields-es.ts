/**
 * The data dictionary's descriptions in Spanish, by column name, for /es/data. Column names and
 * values stay as the files write them; the downloadable datapackage.json stays in English.
 */
export const EVENT_FIELD_DESCRIPTIONS_ES: Record<string, string> = {
  id: 'Identificador estable (slug) del evento.',
  date: 'AAAA-MM-DD, o AAAA-MM cuando solo se conoce el mes.',
  precision: 'Qué tan precisa es la fecha.',
  end_date: 'Fin de un periodo, si lo hay.',
  date_basis:
    'article: impresa en la nota; inferred: deducida de la nota; public-record: tomada de fuera de las notas.',
  date_note: 'Cómo se estableció la fecha.',
  kind: 'tariff (arancel); pressure (presión de EU distinta de los aranceles); concession (acciones de México o Canadá que responden a exigencias de EU); statement (declaración); outcome (resultado).',
  actor_country: 'US, MX, CA o CN.',
  actor_name: 'Quién actuó.',
  target: 'Países destinatarios, separados por ;.',
  title: 'Título breve y neutral (en inglés).',
  summary: 'Una o dos oraciones en nuestras palabras (en inglés).',
  tariffs:
    'Medidas arancelarias, separadas por ;, cada una "PAÍS TASA% ESTATUS (ALCANCE) [effective FECHA] [until FECHA]"; la tasa es el total tras el cambio.',
  quantity_value: 'La cifra que importa, si la hay.',
  quantity_unit:
    'Su unidad: troops (elementos), people (personas), organizations (organizaciones), percent…',
  responds_to:
    'Ids de eventos anteriores a los que este responde, cuando una fuente los vincula; separados por ;.',
  response_note: 'Qué fuente los vincula, y cómo.',
  cameo: 'Código de evento CAMEO.',
  goldstein: 'Peso del código CAMEO en la escala de Goldstein (de -10 a 10).',
  sources: 'Ids de las notas citadas (ver sources en events.json), separados por ;.',
  first_quote: 'La primera cita textual (25 palabras como máximo).',
  note: 'Nota editorial: correcciones, desacuerdos entre notas.',
};
