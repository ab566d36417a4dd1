// The window's one ticker, handed down by context: a second is the finest step a countdown shows.
// A test can hand down its own.
import { createContext, useContext } from 'react';
import { createTicker, type Ticker } from './ticker';

const TickerContext = createContext<Ticker>(createTicker(1_000));

export const TickerProvider = TickerContext.Provider;

export function useTicker(): Ticker {
  return useContext(TickerContext);
}
