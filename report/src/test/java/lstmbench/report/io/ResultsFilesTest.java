package lstmbench.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.EpochCost;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunSetup;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.TestMetrics;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trips of every CSV results file and the errors a malformed file gives.
 */
class ResultsFilesTest {
    @TempDir
    Path dir;

    @Test
    void everyFileReadsBackTheRecordsThatWereWritten() throws IOException {
        Results written = ResultsFixture.results();
        ResultsFixture.writeTo(dir);

        Results read = ResultsLoader.load(dir);

        assertEquals(written.runs(), read.runs());
        assertEquals(written.curves(), read.curves());
        assertEquals(written.memory(), read.memory());
        assertEquals(written.throughput(), read.throughput());
        assertEquals(written.forecasts(), read.forecasts());
        assertEquals(written.series(), read.series());
        assertEquals(written.splits(), read.splits());
        assertEquals(written.manifest(), read.manifest());
    }

    @Test
    void nanLossesStayNanAndAbsentMetricsStayAbsent() throws IOException {
        RunRecord diverged = ResultsFixture.divergedRun("d", "shuffled", 1, 3);
        ResultsFiles.RUNS.write(dir, List.of(diverged));

        RunRecord read = ResultsFiles.RUNS.read(dir).get(0);

        assertTrue(Double.isNaN(read.finalTrainLoss()));
        assertEquals(Optional.empty(), read.test());
        assertEquals(OptionalInt.empty(), read.memoryHorizon());
        assertEquals(RunStatus.DIVERGED, read.status());
        assertEquals(3, read.epochsRun());
    }

    @Test
    void textWithCommasQuotesAndNewlinesRoundTrips() throws IOException {
        RunSetup setup =
                new RunSetup("e", "csv:my file.csv?column=\"temp, C\"", "chunked-reset", "T=48, batch=8", 7, 0.001);
        RunRecord run = new RunRecord(
                setup.runId(),
                setup,
                false,
                RunStatus.FAILED,
                2,
                "java.lang.IllegalStateException: bad \"shape\",\nsecond line",
                0.5,
                0.6,
                Optional.empty(),
                OptionalInt.empty(),
                new EpochCost(Double.POSITIVE_INFINITY, 0, 0),
                ResultsFixture.unchosenProtocol());
        ResultsFiles.RUNS.write(dir, List.of(run));

        assertEquals(List.of(run), ResultsFiles.RUNS.read(dir));
    }

    @Test
    void anEmptyListWritesAHeaderAndReadsBackEmpty() throws IOException {
        ResultsFiles.CURVES.write(dir, List.of());

        assertEquals(List.of(), ResultsFiles.CURVES.read(dir));
        assertTrue(Files.readString(ResultsFiles.CURVES.path(dir)).startsWith("run_id,epoch,"));
    }

    @Test
    void writingLeavesNoTemporaryFileBehindAndReplacesTheOldFile() throws IOException {
        ResultsFiles.CURVES.write(dir, ResultsFixture.results().curves());
        ResultsFiles.CURVES.write(dir, List.of());

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("curves.csv"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(List.of(), ResultsFiles.CURVES.read(dir));
    }

    @Test
    void aBadCellIsReportedWithFileLineAndColumn() throws IOException {
        Files.writeString(
                ResultsFiles.CURVES.path(dir),
                "run_id,epoch,train_loss,validation_loss,wall_seconds,timesteps_seen,gradient_norm,"
                        + "windowed_validation_loss,updates,updates_seen,evaluation_seconds\n"
                        + "r1,1,0.5,0.4,1.0,100,0.1,0.3,4,4,0.01\n"
                        + "r1,2,0.4,oops,2.0,200,0.1,0.3,4,8,0.01\n");

        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ResultsFiles.CURVES.read(dir));

        assertTrue(error.getMessage().contains("curves.csv, line 3, column 'validation_loss'"), error.getMessage());
        assertTrue(error.getMessage().contains("'oops'"), error.getMessage());
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() throws IOException {
        Files.writeString(ResultsFiles.MEMORY.path(dir), "run_id,probe,x,value\nr1,LAG,1,0.5\n");

        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ResultsFiles.MEMORY.read(dir));

        assertTrue(error.getMessage().contains("line 2, column 'probe'"), error.getMessage());
        assertTrue(error.getMessage().contains("LAG_R2"), error.getMessage());
    }

    @Test
    void throughputRowsOfOlderFoldersReadAsTimestepsPerSecond() throws IOException {
        Files.writeString(
                ResultsFiles.THROUGHPUT.path(dir),
                "benchmark,subject,metric,parameters,score,error,unit\n"
                        + "K.run,KERNEL,SAMPLES_PER_SECOND,\"H=8, B=4\",100.0,1.0,samples/s\n"
                        + "K.run,KERNEL,TIMESTEPS_PER_SECOND,\"H=8, B=8\",200.0,1.0,timesteps/s\n");

        List<ThroughputRecord> rows = ResultsFiles.THROUGHPUT.read(dir);

        assertEquals(
                List.of(ThroughputMetric.TIMESTEPS_PER_SECOND, ThroughputMetric.TIMESTEPS_PER_SECOND),
                rows.stream().map(ThroughputRecord::metric).toList());
        assertEquals(
                List.of("timesteps/s", "timesteps/s"),
                rows.stream().map(ThroughputRecord::unit).toList());
    }

    @Test
    void throughputRowsWithoutTheMedianColumnReadItAsNaNAndTheRatiosFallBackToTheScore() throws IOException {
        Files.writeString(
                ResultsFiles.THROUGHPUT.path(dir),
                "benchmark,subject,metric,parameters,score,error,unit\n"
                        + "K.run,KERNEL,GFLOPS,\"H=8, B=4\",10.0,1.0,GFLOP/s\n");

        ThroughputRecord old = ResultsFiles.THROUGHPUT.read(dir).get(0);

        assertTrue(Double.isNaN(old.median()));
        assertEquals(10.0, old.typical());
    }

    @Test
    void throughputMediansSurviveAWriteAndARead() throws IOException {
        ThroughputRecord row = new ThroughputRecord(
                "K.run", BenchmarkSubject.KERNEL, ThroughputMetric.GFLOPS, "H=8, B=4", 10.0, 1.0, 9.5, "GFLOP/s");
        ThroughputRecord alloc = new ThroughputRecord(
                "K.run",
                BenchmarkSubject.KERNEL,
                ThroughputMetric.ALLOC_BYTES_PER_OP,
                "H=8, B=4",
                480,
                2,
                Double.NaN,
                "B/op");
        ResultsFiles.THROUGHPUT.write(dir, List.of(row, alloc));

        List<ThroughputRecord> back = ResultsFiles.THROUGHPUT.read(dir);

        assertEquals(row, back.get(0));
        assertEquals(9.5, back.get(0).typical());
        assertTrue(Double.isNaN(back.get(1).median()));
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Files.writeString(ResultsFiles.MEMORY.path(dir), "run_id,probe,value\nr1,LAG_R2,0.5\n");

        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ResultsFiles.MEMORY.read(dir));

        assertTrue(error.getMessage().contains("memory.csv: missing column(s) [x]"), error.getMessage());
    }

    @Test
    void aPendingStatusInRunsCsvIsRejected() throws IOException {
        ResultsFiles.RUNS.write(dir, List.of(ResultsFixture.chosenRun("d", "shuffled", 1, 0.1, 0.2)));
        Path file = ResultsFiles.RUNS.path(dir);
        Files.writeString(file, Files.readString(file).replace(",OK,", ",PENDING,"));

        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ResultsFiles.RUNS.read(dir));

        assertTrue(error.getMessage().contains("column 'status'"), error.getMessage());
    }

    @Test
    void excludedTargetsRoundTripWithTheTestMetricsAndOnlyWithThem() throws IOException {
        RunRecord chosen = ResultsFixture.chosenRun("d", "shuffled", 1, 0.1, 0.2);
        TestMetrics test = chosen.test().orElseThrow();
        RunRecord withExcluded = new RunRecord(
                chosen.runId(),
                chosen.setup(),
                true,
                chosen.status(),
                chosen.epochsRun(),
                "",
                chosen.finalTrainLoss(),
                chosen.validationLoss(),
                Optional.of(new TestMetrics(test.streaming(), test.windowed(), test.persistence(), 7)),
                chosen.memoryHorizon(),
                chosen.cost(),
                chosen.protocol());
        ResultsFiles.RUNS.write(dir, List.of(withExcluded, ResultsFixture.divergedRun("d", "shuffled", 2, 3)));

        List<RunRecord> read = ResultsFiles.RUNS.read(dir);
        assertEquals(7, read.get(0).test().orElseThrow().excludedTargets());
        assertEquals(Optional.empty(), read.get(1).test());

        Path file = ResultsFiles.RUNS.path(dir);
        List<String> lines = Files.readAllLines(file);
        int column = List.of(lines.get(0).split(",")).indexOf("excluded_targets");
        List<String> cells = new java.util.ArrayList<>(List.of(lines.get(2).split(",", -1)));
        cells.set(column, "3");
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1) + "\n" + String.join(",", cells) + "\n");
        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ResultsFiles.RUNS.read(dir));
        assertTrue(error.getMessage().contains("column 'excluded_targets'"), error.getMessage());
    }

    @Test
    void anInvalidRunIdIsReportedWithItsLine() throws IOException {
        Files.writeString(ResultsFiles.MEMORY.path(dir), "run_id,probe,x,value\nbad id!,LAG_R2,1,0.5\n");

        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ResultsFiles.MEMORY.read(dir));

        assertTrue(error.getMessage().contains("line 2, column 'run_id'"), error.getMessage());
    }

    @Test
    void optionalFilesThatAreAbsentReadAsEmpty() throws IOException {
        ResultsFiles.RUNS.write(dir, List.of(ResultsFixture.chosenRun("d", "shuffled", 1, 0.1, 0.2)));

        Results results = ResultsLoader.load(dir);

        assertEquals(1, results.runs().size());
        assertEquals(Optional.empty(), results.manifest());
        assertTrue(results.memory().isEmpty());
        assertTrue(results.throughput().isEmpty());
        assertTrue(results.series().isEmpty());
        assertTrue(results.splits().isEmpty(), "splits.csv is optional: folders written before it have none");
    }

    @Test
    void aFolderWithNeitherManifestNorRunsIsNotAResultsFolder() {
        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ResultsLoader.load(dir));

        assertTrue(error.getMessage().contains("is not a results folder"), error.getMessage());
    }
}
