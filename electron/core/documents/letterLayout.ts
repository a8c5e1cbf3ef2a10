/**
 * The geometry of a letter on an A4 sheet, in millimetres from the page's top-left corner (the way the
 * envelope standards give them), and the conversion to PDF points. The document draws from these and the
 * tests measure against them.
 */

export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

export const A4 = { widthMm: 210, heightMm: 297 } as const;

/**
 * Where a French DL envelope with a window on the right shows the address (NF Z10-011), whatever the sheet's
 * play in the envelope: every glyph of the recipient block must fall inside this zone.
 */
export const WINDOW_ZONE = { left: 110, right: 188, top: 50, bottom: 78 } as const;

/** The recipient block inside the zone, with 2 mm kept free on each side for the sheet's play. */
export const RECIPIENT_BLOCK = {
  left: 112,
  width: 74,
  top: 52.5,
  /** Base font size in points; a block whose widest line would not fit the width is set smaller, never cut. */
  fontSize: 9,
  minFontSize: 4,
  /** Line pitch as a multiple of the font size: six lines stay inside the zone's 28 mm. */
  lineHeight: 1.22,
  maxLines: 6,
  maxLineLength: 38,
} as const;

/** A sheet folded in three for a DL envelope: marks in the left margin. */
export const FOLD_MARKS_MM = [99, 198] as const;
export const FOLD_MARK = { left: 4, length: 6 } as const;

export const MARGINS = { left: 20, right: 20, top: 15, bottom: 24 } as const;

/** The footer's baseline area, above the bottom edge. */
export const FOOTER = { bottom: 10, fontSize: 7 } as const;

/** The top of the body (registered mention, subject) on a letter's first page, below the window and the date. */
export const BODY_TOP_MM = 92;
