/**
 * How many SMS a text takes (3GPP TS 23.038): in the GSM 7-bit alphabet 160 characters fit in one, 153 per part when
 * it is split; the characters of its extension table (€ [ ] { } \ ^ ~ | and the form feed) take two places. Any other
 * character (œ, «, », ’, the no-break spaces French typography uses…) sends the whole text as UCS-2: 70 in one, 67 per
 * part, a character outside the Basic Multilingual Plane (an emoji) taking two.
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set([...GSM_BASIC].filter((c) => c !== '\u001b'));
const extension = new Set(GSM_EXTENSION);

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Places used: GSM-7 septets, or UCS-2 code units. */
  units: number;
  segments: number;
  /** How many more places the last part holds before another SMS is needed. */
  remaining: number;
}

export function smsLength(text: string): SmsLength {
  let septets = 0;
  let gsm = true;
  for (const c of text) {
    if (basic.has(c)) septets += 1;
    else if (extension.has(c)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return fit('GSM-7', septets, 160, 153);
  return fit('UCS-2', text.length, 70, 67);
}

function fit(encoding: SmsLength['encoding'], units: number, single: number, part: number): SmsLength {
  if (units <= single) return { encoding, units, segments: units === 0 ? 0 : 1, remaining: single - units };
  const segments = Math.ceil(units / part);
  return { encoding, units, segments, remaining: segments * part - units };
}
