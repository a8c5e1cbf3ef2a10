/** A form's messages, by field path ('address.city'). */
export type FieldErrors = Partial<Record<string, string>>;
