// The guided appeal workspace: seven steps, each a form the seller moves through by keyboard,
// with how ready each step is, what is autosaved and when, and every saved version. Loaded on
// its own (a separate chunk) when an appeal opens, so the inbox does not carry it.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useApi } from '../../app/api-context';
import { hrefFor } from '../../app/route';
import { useFlagwatch } from '../../app/store-context';
import { useTranslator } from '../../i18n/i18n-context';
import { failureText } from '../../state/failure';
import '../../styles/forms.css';
import './appeal.css';
import { createAppealStore } from './appeal-store';
import { ExportPanel } from './ExportPanel';
import { SupportGuidance } from './SupportGuidance';
import { appealSteps, stepAfter, stepTitleKey, type AppealStep } from './appeal-steps';
import { usePlanTranslator } from './plan-translator';
import { StepNav } from './StepNav';
import { SaveIndicator } from './SaveIndicator';
import { ActionsStep } from './steps/ActionsStep';
import { AmazonStep } from './steps/AmazonStep';
import { EvidenceStep } from './steps/EvidenceStep';
import { PreventionsStep } from './steps/PreventionsStep';
import { RootCausesStep } from './steps/RootCausesStep';
import { ReviewStep } from './steps/ReviewStep';
import type { StepProps } from './steps/step-props';
import { SubmissionStep } from './steps/SubmissionStep';
import { usePlanReview } from './use-plan-review';
import { VersionsPanel } from './VersionsPanel';

export default function AppealWorkspace({ id }: { id: string }) {
  const api = useApi();
  const [store] = useState(() => createAppealStore(api, id));
  const workspace = useStore(store, (s) => s.workspace);
  const content = useStore(store, (s) => s.content);
  const failure = useStore(store, (s) => s.failure);
  const restoredDraft = useStore(store, (s) => s.restoredDraft);
  const generation = useStore(store, (s) => s.generation);
  const notifications = useFlagwatch((s) => s.inbox?.notifications);
  const i18n = useTranslator();
  const appeal = workspace?.appeal;
  const planT = usePlanTranslator(appeal?.language);
  const review = usePlanReview(content, appeal, planT);
  const [step, setStep] = useState<AppealStep>('amazon');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const headingId = useId();

  useEffect(() => {
    void store.getState().load();
    // Typing is kept when the page goes away (closed, reloaded) as well as when the view changes.
    const keep = () => void store.getState().flush();
    window.addEventListener('pagehide', keep);
    window.addEventListener('beforeunload', keep);
    return () => {
      window.removeEventListener('pagehide', keep);
      window.removeEventListener('beforeunload', keep);
      keep();
      store.getState().dispose();
    };
  }, [store]);

  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [step]);

  const goTo = useCallback(
    (next: AppealStep) => {
      moved.current = true;
      setStep(next);
      // Reaching the review makes what was written a version: the one that may be submitted.
      if (next === 'review') void store.getState().saveVersion();
      else void store.getState().flush();
    },
    [store],
  );

  const restore = useCallback((n: number) => void store.getState().restore(n), [store]);
  const flush = useCallback(() => void store.getState().flush(), [store]);

  // The shortcuts work wherever the focus is while the appeal is open, even on the page itself.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const command = event.ctrlKey || event.metaKey;
      const by =
        (event.altKey && event.key === 'ArrowRight') || (command && event.key === 'Enter')
          ? 1
          : event.altKey && event.key === 'ArrowLeft'
            ? -1
            : 0;
      if (by !== 0) {
        event.preventDefault();
        goTo(stepAfter(step, by));
      } else if (command && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void store.getState().saveVersion();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [goTo, step, store]);

  if (!appeal || content === null) {
    return failure ? (
      <p role="alert">{failureText(i18n, failure)}</p>
    ) : (
      <p className="loading">{i18n.t('appeal.loading')}</p>
    );
  }

  const title =
    notifications?.find((n) => n.id === appeal.notificationId)?.title ??
    (appeal.notificationId === null ? i18n.t('appeal.blankTitle') : i18n.t('appeal.title'));

  const props: StepProps = {
    appeal,
    content,
    review,
    edit: store.getState().edit,
    flush,
  };
  const index = appealSteps.indexOf(step);

  return (
    <section aria-labelledby={headingId} className="appeal">
      <a href={hrefFor({ view: 'appeals' })} className="back-link">
        <span aria-hidden="true">← </span>
        {i18n.t('appeal.back')}
      </a>
      <header className="appeal-header">
        <h2 id={headingId}>{i18n.t('appeal.heading', { title })}</h2>
        <SaveIndicator store={store} />
      </header>
      {restoredDraft && (
        <p role="note" className="banner">
          {i18n.t('appeal.draftRestored')}
        </p>
      )}
      {failure && (
        <p role="alert" className="banner banner-error">
          {failureText(i18n, failure)}
        </p>
      )}
      <SupportGuidance appeal={appeal} />
      <div className="appeal-layout">
        <StepNav current={step} review={review} onSelect={goTo} />
        <div className="appeal-step">
          <h3 ref={stepHeading} tabIndex={-1}>
            {i18n.t('appeal.stepHeading', {
              number: index + 1,
              count: appealSteps.length,
              title: i18n.t(stepTitleKey(step)),
            })}
          </h3>
          <div className="step-form" key={`${step}-${generation}`}>
            {step === 'amazon' && <AmazonStep {...props} onLink={(n) => void store.getState().link(n)} />}
            {step === 'rootCauses' && <RootCausesStep {...props} />}
            {step === 'actions' && <ActionsStep {...props} />}
            {step === 'preventions' && <PreventionsStep {...props} />}
            {step === 'evidence' && <EvidenceStep {...props} />}
            {step === 'review' && <ReviewStep {...props} />}
            {step === 'submission' && <SubmissionStep {...props} store={store} />}
          </div>
          <div className="form-actions step-buttons">
            <button type="button" disabled={index === 0} onClick={() => goTo(stepAfter(step, -1))}>
              {i18n.t('appeal.previous')}
            </button>
            <button type="button" disabled={index === appealSteps.length - 1} onClick={() => goTo(stepAfter(step, 1))}>
              {i18n.t('appeal.next')}
            </button>
            <button type="button" onClick={() => void store.getState().saveVersion()}>
              {i18n.t('appeal.saveVersion')}
            </button>
          </div>
          <p className="form-hint shortcuts">{i18n.t('appeal.shortcuts')}</p>
        </div>
      </div>
      <ExportPanel appealId={appeal.id} />
      {planT && <VersionsPanel appeal={appeal} content={content} planT={planT} onRestore={restore} />}
    </section>
  );
}
