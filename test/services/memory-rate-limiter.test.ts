/** The in-memory limiter (one process, one Worker isolate) meets the RateLimiter contract. */
import { MemoryRateLimiter } from '../../src/services/memory-rate-limiter';
import { runRateLimiterContract } from '../ports/rate-limiter-contract';

runRateLimiterContract('MemoryRateLimiter', (clock) => new MemoryRateLimiter(() => clock.now()));
