import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The service's Prometheus metrics, one set per service instance (tests boot several in one process,
 * so nothing is registered globally). Served at `GET /metrics`.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    eventsReceived: new Counter({
      name: 'bot_events_received_total',
      help: 'Inbound events accepted for handling, by platform and kind',
      labelNames: ['platform', 'kind'] as const,
      registers: [registry],
    }),
    eventsRejected: new Counter({
      name: 'bot_events_rejected_total',
      help: 'Inbound requests refused (bad signature, stale, oversize …), by reason',
      labelNames: ['platform', 'reason'] as const,
      registers: [registry],
    }),
    eventsDuplicated: new Counter({
      name: 'bot_events_duplicated_total',
      help: 'Inbound events recognised as redeliveries and not acted on again',
      labelNames: ['platform'] as const,
      registers: [registry],
    }),
    ackSeconds: new Histogram({
      name: 'bot_ack_duration_seconds',
      help: 'Time to accept an inbound event before the platform is answered: dedupe and durable record',
      labelNames: ['platform', 'result'] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3],
      registers: [registry],
    }),
    httpSeconds: new Histogram({
      name: 'bot_http_request_duration_seconds',
      help: 'Time from a request arriving to its answer, by route and status (webhooks: the whole acknowledgement)',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3],
      registers: [registry],
    }),
    handlerSeconds: new Histogram({
      name: 'bot_handler_duration_seconds',
      help: 'Time from an event being accepted to its handler finishing',
      labelNames: ['kind', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    inboundUnhandled: new Gauge({
      name: 'bot_inbound_unhandled',
      help: 'Inbound events acknowledged and not handled yet (waiting in inbound_events or in flight)',
      registers: [registry],
    }),
    outboundQueueDepth: new Gauge({
      name: 'bot_outbound_queue_depth',
      help: 'Messages in the delivery ledger not yet sent or given up',
      registers: [registry],
    }),
    sends: new Counter({
      name: 'bot_outbound_sends_total',
      help: 'Delivery attempts by outcome (sent, rate_limited, retryable, permanent)',
      labelNames: ['platform', 'outcome'] as const,
      registers: [registry],
    }),
  };
}

/** The metrics object passed around the service. */
export type Metrics = ReturnType<typeof createMetrics>;
