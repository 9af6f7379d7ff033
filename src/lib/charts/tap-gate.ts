/**
 * First tap shows, second tap follows. A touch screen cannot point, so on it the first tap on a
 * chart's mark shows what pointing shows (the timeline's tooltip, a pair's quotes) and a second tap on
 * the same mark follows it. What was shown is read at the press, before the touch handling (Chart.js's,
 * or the mouse events a browser emulates after a tap) shows the tapped mark. A mouse click, and Enter
 * with no press at all, follow at once.
 */
export function createTapGate() {
  let byTouch = false;
  let shownAtPress: string | null = null;
  return {
    /** At the pointer's press on the chart: the key of the mark shown then, if any. */
    press(event: Pick<PointerEvent, 'pointerType'>, shown: string | null) {
      byTouch = event.pointerType !== 'mouse';
      shownAtPress = shown;
    },
    /** Whether activating `mark` follows it: not on a tap that only shows it. */
    follows(mark: string | null): boolean {
      const follows = !byTouch || shownAtPress === mark;
      byTouch = false;
      return follows;
    },
  };
}
