/**
 * How the Who Said What panel arranges the statements: under their speakers (most active first, or
 * in order of appearance) or in the order of the text. The view's title bar shows the switch to the
 * other arrangement, through the context keys.
 */
import { contextKeys } from '../contextKeys';
import type { PanelGrouping } from '../panel/panelContent';
import type { SpeakerOrder } from '../whoSaidWhatNodes';
import type { WhoSaidWhatModel } from '../whoSaidWhatModel';

export function orderSpeakers(model: WhoSaidWhatModel, order: SpeakerOrder): () => SpeakerOrder {
  return () => {
    model.setOrder(order);
    contextKeys.speakerOrder.set(order);
    return order;
  };
}

export function groupStatements(model: WhoSaidWhatModel, grouping: PanelGrouping): () => PanelGrouping {
  return () => {
    model.setGrouping(grouping);
    contextKeys.grouping.set(grouping);
    return grouping;
  };
}
