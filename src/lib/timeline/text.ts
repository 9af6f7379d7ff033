/** The tariff timeline's words, shared by the home page, its embed and its image. */
export const TIMELINE_TITLE = "Mexico's 25% tariff took effect after one pause; the 30% never did";

export const TIMELINE_NOTE =
  'Note: from 7 Mar 2025 the rates on Mexico and Canada apply to goods outside the USMCA only. ' +
  'Hollow markers: only the month is known (drawn mid-month). ' +
  "After a country's last dated step its status is unknown, and the line stops.";
