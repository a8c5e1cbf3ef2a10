import './Scheduler.css';
import { handleNavigate } from '../../app/store';
import { useSchedulerStore } from './schedulerStore';

/** The scheduler's notifications inside the window (browser mode): the day's count, a way to the list, a way out. */
export function InAppNotifications(): React.JSX.Element {
  const notifications = useSchedulerStore((s) => s.notifications);
  const dismiss = useSchedulerStore((s) => s.dismiss);
  return (
    <section className="in-app-notifications" aria-label="Notifications" aria-live="polite">
      {notifications.map((n) => (
        <article key={n.id} className="in-app-notification" aria-label={`Notification\u00a0: ${n.message}`}>
          <h2 className="in-app-notification-title">{n.title}</h2>
          <p>{n.message}</p>
          <div className="in-app-notification-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                dismiss(n.id);
                handleNavigate({ to: 'today' });
              }}
            >
              Voir la liste
            </button>
            <button type="button" className="button" onClick={() => dismiss(n.id)} aria-label="Fermer la notification">
              Fermer
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
