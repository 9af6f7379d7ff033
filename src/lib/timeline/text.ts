/** The tariff timeline's words, shared by the home page, its embed and its image, in English and Spanish. */
const TEXT = {
  en: {
    title: "Mexico's 25% tariff took effect after one pause; the 30% never did",
    note:
      'Note: from 7 Mar 2025 the rates on Mexico and Canada apply to goods outside the USMCA only. ' +
      'Hollow markers: only the month is known (drawn mid-month). ' +
      "After a country's last dated step its status is unknown, and the line stops.",
  },
  es: {
    title: 'El arancel de 25% a México entró en vigor tras una pausa; el de 30% nunca',
    note:
      'Nota: desde el 7 mar 2025 las tasas a México y Canadá solo aplican a bienes fuera del T-MEC. ' +
      'Marcadores huecos: solo se conoce el mes (se dibujan a mediados de mes). ' +
      'Después del último cambio fechado de un país su estatus es desconocido y la línea se detiene.',
  },
};

export const timelineTitle = (lang = 'en') => (lang === 'es' ? TEXT.es : TEXT.en).title;
export const timelineNote = (lang = 'en') => (lang === 'es' ? TEXT.es : TEXT.en).note;

export const TIMELINE_TITLE = TEXT.en.title;
