// One message that needs the seller's attention, the same shape for every banner in the window.
import { useId, type ReactNode } from 'react';
import { useTranslator } from '../i18n/i18n-context';
import './banner.css';

export type BannerTone = 'error' | 'warning';

/** Announced at once, named by its title. */
export function Banner({
  title,
  tone,
  children,
  onDismiss,
}: {
  title: string;
  tone: BannerTone;
  children: ReactNode;
  onDismiss?: () => void;
}) {
  const titleId = useId();
  return (
    <div role="alert" aria-labelledby={titleId} className={`banner banner-${tone}`}>
      <div className="banner-body">
        <p id={titleId} className="banner-title">
          {title}
        </p>
        {children}
      </div>
      {onDismiss && <DismissButton title={title} onDismiss={onDismiss} />}
    </div>
  );
}

/** Its own component: a banner shown before the translator exists (startup failure) has none. */
function DismissButton({ title, onDismiss }: { title: string; onDismiss: () => void }) {
  const i18n = useTranslator();
  return (
    <button
      type="button"
      className="button-quiet"
      onClick={onDismiss}
      aria-label={i18n.t('window.dismissLabel', { title })}
    >
      {i18n.t('window.dismiss')}
    </button>
  );
}
