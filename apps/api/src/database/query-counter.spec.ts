import { CountingQueryLogger, withQueryCount } from './query-counter.js';

describe('the cap on SQL statements per request', () => {
  const logger = new CountingQueryLogger({ maxStatements: 3 });

  it('refuses statements past the cap with TOO_COMPLEX, but never a rollback', () => {
    withQueryCount(() => {
      for (let i = 0; i < 3; i++) logger.logQuery('SELECT 1');
      expect(() => logger.logQuery('SELECT 1')).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'TOO_COMPLEX', maxStatements: 3 }),
        }),
      );
      expect(() => logger.logQuery('INSERT INTO x VALUES (1)')).toThrow(/too many database statements/);
      expect(() => logger.logQuery('ROLLBACK')).not.toThrow();
      expect(() => logger.logQuery('ROLLBACK TO SAVEPOINT typeorm_1')).not.toThrow();
    });
  });

  it('counts each request on its own, and nothing outside a request', () => {
    withQueryCount(() => {
      for (let i = 0; i < 3; i++) logger.logQuery('SELECT 1');
    });
    withQueryCount(() => expect(() => logger.logQuery('SELECT 1')).not.toThrow());
    for (let i = 0; i < 10; i++) expect(() => logger.logQuery('SELECT 1')).not.toThrow();
  });

  it('has no cap unless one is given', () => {
    const uncapped = new CountingQueryLogger();
    withQueryCount(() => {
      for (let i = 0; i < 10_000; i++) uncapped.logQuery('SELECT 1');
    });
  });
});
