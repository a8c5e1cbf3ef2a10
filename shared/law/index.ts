/** French late-payment law: rate tables, penalties and interest décompte, prescription. Pure functions. */
export * from './halfYear';
export * from './rates';
export * from './rates.data';
export * from './penalties';
export * from './prescription';
export * from './warnings';
export * from './paymentTerms';
export * from './lateCharges';
export * from './formalNotice';
export * from './wording';
