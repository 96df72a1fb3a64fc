package vn.congtactreem.indicator;

/** {@link FigureBatchContract} on PostgreSQL, the production database (Failsafe). */
class FigureBatchIntegrationTests extends FigureBatchContract {
}
