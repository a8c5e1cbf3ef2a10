import { Fragment } from 'react';
import type { LetterRequestInput } from '../../../../shared/documents/contract';
import { CallLogForm } from './CallLogForm';
import { HoursWarning } from './HoursWarning';
import { useShortReminder } from './useShortReminder';
import './Channels.css';

interface CallPaneProps {
  /** The letter's request as the form gives it (null while the form has errors). */
  request: LetterRequestInput | null;
  clientName: string;
  onLogged(): void;
}

/** The reminder by phone: the call sheet of the tone to read aloud, the figures in view, the number, then the call log. */
export function CallPane({ request, clientName, onLogged }: CallPaneProps): React.JSX.Element {
  const { result, problem } = useShortReminder('calls.sheet', request, 'La fiche d’appel n’a pas pu être préparée.');
  return (
    <div className="channel-pane call-pane" aria-label="Appel téléphonique" role="region">
      {problem && (
        <p className="banner banner-error prewrap" role="alert">
          {problem}
        </p>
      )}
      {result && !problem && (
        <>
          <HoursWarning warning={result.hoursWarning} />
          <HoursWarning warning={result.attemptsWarning} />
          <div className="call-columns">
            <article className="call-sheet" aria-labelledby="call-sheet-title">
              <h2 id="call-sheet-title">{result.sheet.title}</h2>
              {result.sheet.blocks.map((b) => (
                <section key={b.heading} className="call-block">
                  <h3>{b.heading}</h3>
                  {b.lines.map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </section>
              ))}
            </article>
            <aside className="call-side" aria-label="À garder sous les yeux">
              <div className="call-phone">
                {result.phone.dialable ? (
                  <a className="button button-primary" href={`tel:${result.phone.dialable}`}>
                    Appeler le <span className="nowrap">{result.phone.number}</span>
                  </a>
                ) : (
                  <p className="banner banner-warning" role="note">
                    {result.phone.problem}
                  </p>
                )}
              </div>
              <dl className="call-figures" aria-label="Montants et délai">
                {result.sheet.figures.map(([label, value]) => (
                  <Fragment key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </Fragment>
                ))}
              </dl>
              {request && <CallLogForm key={`${request.tone}-${request.invoiceIds.join('-')}`} request={request} clientName={clientName} now={result.now} onLogged={onLogged} />}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
