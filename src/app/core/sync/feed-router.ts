import { parseComponentEvent, parseNamedEvent, parsePresenceEvent, type ComponentEvent, type NamedEvent, type PresenceEvent } from '../../domain/feed';
import { parseJson } from '../../domain/json';
import type { FeedTopic } from '../../domain/topics';

/** One batch of feed messages for the current instance, sorted by model, invalid ones counted. */
export interface FeedBatch {
  readonly components: ComponentEvent[];
  readonly zones: NamedEvent[];
  readonly categories: NamedEvent[];
  readonly people: PresenceEvent[];
  rejected: number;
}

export function emptyBatch(): FeedBatch {
  return { components: [], zones: [], categories: [], people: [], rejected: 0 };
}

/**
 * Sorts one feed message (its topic already parsed, for the current instance) into a batch. A malformed
 * payload (not JSON, no timestamp, wrong types) is counted and dropped; nothing here can throw.
 */
export function addToBatch(batch: FeedBatch, topic: FeedTopic, payload: string): void {
  const body = parseJson(payload);
  switch (topic.model) {
    case 'Component': {
      const e = parseComponentEvent(topic.id, body);
      if (e) batch.components.push(e);
      else batch.rejected++;
      return;
    }
    case 'Zone':
    case 'Category': {
      const e = parseNamedEvent(topic.id, body);
      if (e) (topic.model === 'Zone' ? batch.zones : batch.categories).push(e);
      else batch.rejected++;
      return;
    }
    case 'InstanceUser': {
      const e = parsePresenceEvent(topic.id, body);
      if (e) batch.people.push(e);
      else batch.rejected++;
      return;
    }
  }
}
