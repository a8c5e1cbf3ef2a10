import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from '../../../shared/kernel/frenchTypography';
import { brokenLinkMessage, encodingMessage, folderReadOnlyMessage, lockedMessage, lockLostMessage, newerVersionMessage, unreadableFileMessage, writeFailedRefusal } from './storeMessages';

const eacces = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });

describe('the store’s messages, in French typography', () => {
  it('names the other window by its process number and computer, with no-break spaces', () => {
    expect(lockedMessage('C:\\Users\\léa\\Relance', { pid: 4242, hostname: 'PC-LÉA', since: '2026-03-20T08:00:00.000Z' })).toBe(
      `Ce dossier de données est déjà ouvert par une autre fenêtre de Relance (programme n°${NBSP}4242 sur l’ordinateur «${NBSP}PC-LÉA${NBSP}»). ` +
        `Pour que deux fenêtres n’écrivent pas en même temps dans le même fichier, celle-ci s’ouvre en lecture seule${NBSP}: aucune modification ne sera enregistrée. ` +
        `Fermez l’autre fenêtre puis rouvrez Relance pour modifier vos données. Dossier${NBSP}: C:\\Users\\léa\\Relance`,
    );
  });

  it('asks its question with a narrow no-break space before ?', () => {
    expect(brokenLinkMessage('/home/lea/Relance/relance.json')).toBe(
      `Le fichier de données est un lien vers un fichier introuvable (un dossier synchronisé débranché${NNBSP}?). Relance ne le remplace pas${NBSP}: ` +
        `aucune donnée n’est affichée et rien ne sera enregistré. Rebranchez le dossier, puis rouvrez Relance. Lien${NBSP}: /home/lea/Relance/relance.json`,
    );
  });

  it('leaves no plain space where French wants a no-break one in any of them', () => {
    const messages = [
      lockedMessage('/d', null),
      lockLostMessage('/d'),
      newerVersionMessage(9, 3, '/d/relance.json'),
      folderReadOnlyMessage('/d', eacces),
      unreadableFileMessage('/d/relance.json', eacces),
      writeFailedRefusal('/d/relance.json', eacces),
      encodingMessage('/d/relance.json.latin1', 3),
      encodingMessage(null, 1),
    ];
    for (const m of messages) expect(m).toBe(frenchTypography(m));
    expect(folderReadOnlyMessage('/d', eacces)).toContain(`son dossier de données${NBSP}: l’accès au dossier de données est refusé (code EACCES).`);
  });
});
