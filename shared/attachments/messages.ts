import { MAX_ATTACHMENT_BYTES } from './schema';

/** Why a file cannot be attached to an invoice, in French: each says what to do instead. Nothing is changed. */
export const ATTACHMENT_MESSAGES = {
  empty: 'Le fichier est vide\u00a0: rien n’a été joint.',
  tooLarge: `Le fichier est trop volumineux (au plus ${MAX_ATTACHMENT_BYTES / 1024 / 1024}\u00a0Mo)\u00a0: réduisez-le (par exemple en l’enregistrant à nouveau en PDF), puis joignez-le.`,
  notPdf: 'Ce fichier n’est pas un PDF\u00a0: joignez la facture au format PDF.',
  damaged: 'Ce PDF est endommagé\u00a0: il ne peut pas être lu. Enregistrez-le à nouveau depuis le logiciel qui l’a produit, puis joignez-le.',
  password: 'Ce PDF est protégé par un mot de passe\u00a0: enregistrez-en une copie sans mot de passe, puis joignez-la.',
  restricted:
    'Ce PDF est protégé contre la modification\u00a0: sa copie ne pourrait pas être jointe aux lettres. Enregistrez-en une copie sans protection (Imprimer, puis «\u00a0Enregistrer au format PDF\u00a0»), puis joignez-la.',
  timeout: 'La lecture de ce PDF prend trop de temps\u00a0: il est sans doute endommagé.',
  outOfMemory: 'La lecture de ce PDF demande trop de mémoire\u00a0: il est sans doute endommagé.',
  interrupted: 'La lecture de ce PDF s’est interrompue\u00a0: joignez-le à nouveau. Si cela recommence, il est sans doute endommagé.',
} as const;
