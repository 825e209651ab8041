// Stopping without losing a request: on SIGTERM (or SIGINT) the server stops accepting connections, answers the
// requests in flight, closes each connection as its last response ends, then lets go of its workers and store, and
// exits 0; past a deadline it exits 1 saying so. A second signal stops at once.
import type { Server, ServerResponse } from 'node:http';
import type { Logger } from './logging.ts';

export interface Drain {
  /** Stops accepting connections; resolves once every request in flight is answered and its connection closed. */
  drain(): Promise<void>;
}

/**
 * Follows `server`'s responses so that a drain can close keep-alive connections as soon as their responses end,
 * instead of after the keep-alive timeout (`server.close()` alone closes only the connections idle at that moment).
 */
export function drainable(server: Server): Drain {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const endConnection = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (draining) endConnection(res);
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // A streamed response had sent its keep-alive header already: its connection is idle once the response ends.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    drain() {
      draining = true;
      for (const res of inFlight) endConnection(res);
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
    },
  };
}

/** The deadline of a graceful stop (SHUTDOWN_TIMEOUT_MS): within a load balancer's usual grace of 30 s. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * On SIGTERM or SIGINT, runs `stop` (drain, then close workers and the store) and exits 0 when it is done, or 1 when
 * it fails or is still running after `timeoutMs`.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger, timeoutMs = SHUTDOWN_TIMEOUT_MS): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, `${signal} again: stopping now, without waiting for requests in flight`);
      process.exit(1);
    }
    stopping = true;
    const stopped = stop();
    logger.info({ signal, timeoutMs }, `${signal}: no longer accepting connections; finishing the requests in flight`);
    // Not unref'd: a stop that hangs on nothing the event loop holds must still end here, with 1, not quietly with 0.
    setTimeout(() => {
      logger.error({ timeoutMs }, `Requests were still in flight ${timeoutMs} ms after ${signal}: stopping anyway`);
      process.exit(1);
    }, timeoutMs);
    stopped.then(
      () => {
        logger.info('Stopped: every request answered, the store closed');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
