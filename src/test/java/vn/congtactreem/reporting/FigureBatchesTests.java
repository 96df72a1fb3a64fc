package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Ids go to the database in chunks of 1000, in their order, none lost or repeated. */
class FigureBatchesTests {

    @Test
    void idsAreSplitInChunksOfAThousandInOrder() {
        List<Long> ids = LongStream.rangeClosed(1, 2500).boxed().toList();

        List<List<Long>> chunks = FigureBatches.chunks(ids);

        assertThat(chunks).extracting(List::size).containsExactly(1000, 1000, 500);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(ids);
        assertThat(FigureBatches.chunks(List.<Long>of())).isEmpty();
    }
}
