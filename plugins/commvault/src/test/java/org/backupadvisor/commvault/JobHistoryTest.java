package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backupadvisor.commvault.CommvaultFiles.file;

import org.backupadvisor.core.measure.Measurement;
import org.backupadvisor.core.measure.MeasurementKey;
import org.junit.jupiter.api.Test;

/** GET /Job → throughput.current: a lone job's averageThroughput, or the combined rate of concurrent jobs. */
class JobHistoryTest {
    private static String job(long id, String level, String status, long start, long end, long bytes, double gbPerHour) {
        return """
                {"jobSummary": {"jobId": %d, "status": "%s", "jobType": "Backup", "backupLevelName": "%s",
                  "subclient": {"clientName": "c", "subclientName": "s%d"}, "jobStartTime": %d, "jobEndTime": %d,
                  "sizeOfApplication": %d, "averageThroughput": %s}}
                """.formatted(id, status, level, id, start, end, bytes, gbPerHour);
    }

    private static Measurement throughput(String... jobs) {
        String json = "{\"totalRecordsWithoutPaging\": " + jobs.length + ", \"jobs\": [" + String.join(",", jobs) + "]}";
        return CommvaultFiles.parse(file("jobs.json", json)).measurements().get(MeasurementKey.THROUGHPUT_CURRENT)
                .orElseThrow();
    }

    @Test
    void aLoneJobGivesItsAverageThroughputInGibibytesPerHour() {
        Measurement m = throughput(job(1, "Full", "Completed", 1000, 29800, 2L << 40, 256.0));
        assertThat(m.value()).isCloseTo(256 * Math.pow(2, 30) / 3600, within(1.0));
        assertThat(m.source()).contains("jobs.json").contains("job 1").contains("GB = 2^30 B");
    }

    @Test
    void concurrentJobsGiveTheirCombinedRate() {
        // Two streams of the weekend full: 1 TB each over the same 10,000 s, plus a finished job from the day before.
        Measurement m = throughput(
                job(10, "Full", "Completed", 100_000, 110_000, 1_000_000_000_000L, 360.0),
                job(11, "Full", "Completed", 100_500, 109_000, 1_000_000_000_000L, 420.0),
                job(9, "Incremental", "Completed", 10_000, 11_000, 50_000_000_000L, 170.0));
        assertThat(m.value()).as("2 TB over 10,000 s").isCloseTo(200e6, within(1.0));
        assertThat(m.source()).contains("2 concurrent backup jobs (10, 11)").contains("combined");
    }

    @Test
    void failedJobsAndNonBackupsDoNotCount() {
        Measurement m = throughput(
                job(20, "Full", "Failed", 100_000, 110_000, 1_000_000_000_000L, 999.0),
                job(21, "Incremental", "Completed", 50_000, 51_000, 10_000_000_000L, 30.0));
        assertThat(m.source()).contains("job 21");
    }

    @Test
    void theNewestFullWinsOverANewerIncremental() {
        Measurement m = throughput(
                job(30, "Full", "Completed", 1_000, 9_000, 1_000_000_000_000L, 290.0),
                job(31, "Incremental", "Completed", 50_000, 51_000, 10_000_000_000L, 30.0));
        assertThat(m.source()).contains("job 30");
    }
}
