// The live countdown: full words, a timer that screen readers do not announce every second, one
// ticker for all, and a re-render only when the words change.
import { act, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { catalogues } from '../../../../main/core/i18n/catalogues';
import { createTranslator } from '../../../../main/core/i18n/translator';
import type { WindowMessageKey } from '../../../../main/core/i18n/window-catalogue';
import { createTicker } from '../../../../renderer/app/ticker';
import { TickerProvider } from '../../../../renderer/app/ticker-context';
import { I18nProvider } from '../../../../renderer/i18n/i18n-context';
import type { LanguageState } from '../../../../renderer/i18n/language-store';
import { Countdown } from '../../../../renderer/views/clocks/Countdown';

const start = new Date('2026-11-03T15:00:00.000Z');
const hour = 3_600_000;
const at = (ms: number) => new Date(start.getTime() + ms).toISOString();

function languageStore(locale: 'en' | 'zh-CN') {
  return createStore<LanguageState>()(() => ({
    setting: locale,
    translator: createTranslator<WindowMessageKey>(locale, catalogues[locale]),
    load: async () => {},
    follow: async () => {},
  }));
}

function renderWith(children: ReactNode, locale: 'en' | 'zh-CN' = 'en') {
  const rendered = render(
    <I18nProvider store={languageStore(locale)}>
      <TickerProvider value={createTicker(1_000)}>{children}</TickerProvider>
    </I18nProvider>,
  );
  // The provider's one-off task (preparing the language's formats) runs, so only the ticker's
  // timer is left to count.
  act(() => vi.advanceTimersByTime(0));
  return rendered;
}

beforeEach(() => vi.useFakeTimers({ now: start }));
afterEach(() => vi.useRealTimers());

describe('Countdown', () => {
  it('names the time left in full words, as a timer whose changes are not announced', () => {
    renderWith(<Countdown deadline={at(2 * 24 * hour + 5 * hour + 30_000)} />);
    const timer = screen.getByRole('timer', { name: '2 days 5 hours left' });
    expect(timer.textContent).toBe('2 days 5 hours left');
    expect(timer.getAttribute('aria-live')).toBe('off');
  });

  it('counts down to the second within the last hour, then says the deadline passed', () => {
    renderWith(<Countdown deadline={at(61_000)} />);
    expect(screen.getByRole('timer').textContent).toBe('1 minute 1 second left');
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByRole('timer').textContent).toBe('1 minute 0 seconds left');
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('timer', { name: 'Deadline passed' })).toBeTruthy();
  });

  it('speaks the window’s language', () => {
    renderWith(<Countdown deadline={at(25 * hour)} />, 'zh-CN');
    expect(screen.getByRole('timer').textContent).toBe('剩余 1 天 1 小时');
  });

  it('shares one interval between many countdowns, and stops it when they are gone', () => {
    const { unmount } = renderWith(
      <>
        {Array.from({ length: 50 }, (_, i) => (
          <Countdown key={i} deadline={at((i + 1) * hour)} />
        ))}
      </>,
    );
    expect(screen.getAllByRole('timer')).toHaveLength(50);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('renders again only when its words change, not on every tick', () => {
    const renders = vi.fn();
    renderWith(
      <Profiler id="countdown" onRender={renders}>
        <Countdown deadline={at(3 * hour + 30 * 60_000 + 30_000)} />
      </Profiler>,
    );
    renders.mockClear();
    act(() => vi.advanceTimersByTime(20_000));
    expect(renders).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(20_000));
    expect(renders).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('timer').textContent).toBe('3 hours 29 minutes left');
  });
});
