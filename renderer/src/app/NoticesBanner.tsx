import { useAppStore } from './store';

/** Messages from the core (a damaged data file was restored, a backup failed…), dismissable. */
export function NoticesBanner(): React.JSX.Element | null {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="banners">
      {notices.map((n) => (
        <div key={n.id} className={`banner banner-${n.level}`} role={n.level === 'info' ? 'status' : 'alert'}>
          <p className="banner-text">{n.message}</p>
          <button type="button" className="icon-button" aria-label="Masquer ce message" onClick={() => dismiss(n.id)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
