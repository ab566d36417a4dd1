import { useId, type ReactNode } from 'react';

export type BannerTone = 'error' | 'warning';

/** A message that needs the seller's attention: announced at once, named by its title. */
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
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss} aria-label={`Dismiss: ${title}`}>
          Dismiss
        </button>
      )}
    </div>
  );
}
