package vn.congtactreem.indicator;

/** {@link FigureBatchContract} on H2, the fast lane's database (Surefire). */
class FigureBatchTests extends FigureBatchContract {
}
