// "Deadline <time> (<countdown>)": a sentence with the deadline's moment and its live countdown,
// each where the language puts it. The message has a `{when}` and a `{left}` argument.
import type { ReactNode } from 'react';
import type { WindowMessageKey } from '../../../main/core/i18n/window-catalogue';
import { useTranslator } from '../../i18n/i18n-context';
import { When } from '../When';
import { Countdown } from './Countdown';

const whenMarker = '\u0000';
const leftMarker = '\u0001';

export function DeadlinePhrase({ message, deadline }: { message: WindowMessageKey; deadline: string }) {
  const text = useTranslator().t(message, { when: whenMarker, left: leftMarker });
  const nodes: ReactNode[] = [];
  text.split(whenMarker).forEach((chunk, i) => {
    if (i > 0) nodes.push(<When key="when" iso={deadline} />);
    chunk.split(leftMarker).forEach((piece, j) => {
      if (j > 0) nodes.push(<Countdown key="left" deadline={deadline} />);
      nodes.push(piece);
    });
  });
  return <>{nodes}</>;
}
