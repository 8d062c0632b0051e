package org.backupadvisor.backupexec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.PathComposer;
import org.backupadvisor.core.model.ThroughputModel;
import org.backupadvisor.core.model.ThroughputPath;
import org.junit.jupiter.api.Test;

class BackupExecParserTest {
    private final BackupExecPlugin plugin = new BackupExecPlugin();

    static InputFile sample(String name) {
        try (InputStream in = BackupExecParserTest.class.getResourceAsStream("/samples/" + name)) {
            return new InputFile("besrv01/" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static InputFile text(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private BackupExecEnvironment parse(String... names) {
        List<InputFile> files = new ArrayList<>();
        for (String n : names) {
            files.add(sample(n));
        }
        return (BackupExecEnvironment) plugin.parse(files);
    }

    @Test
    void eachSampleIsDetectedAsItsCmdletInJsonOrClixml() {
        assertThat(plugin.detect(sample("storage.json")).orElseThrow().format()).isEqualTo("get-bestorage-json");
        assertThat(plugin.detect(sample("disk-storage-devices.json")).orElseThrow().format()).isEqualTo("get-bediskstoragedevice-json");
        assertThat(plugin.detect(sample("jobs.json")).orElseThrow().format()).isEqualTo("get-bejob-json");
        assertThat(plugin.detect(sample("job-history.json")).orElseThrow().format()).isEqualTo("get-bejobhistory-json");
        assertThat(plugin.detect(sample("job-history-depth1.json")).orElseThrow().format()).isEqualTo("get-bejobhistory-json");
        assertThat(plugin.detect(sample("job-history.clixml")).orElseThrow().format()).isEqualTo("get-bejobhistory-clixml");
        assertThat(plugin.detect(sample("backup-definitions.xml")).orElseThrow().format()).isEqualTo("get-bebackupdefinition-clixml");
    }

    @Test
    void otherJsonIsNotClaimedAndPowerShellJsonIsExplained() {
        InputFile nbu = text("stu.json", "{\"data\":{\"attributes\":{\"name\":\"stu\",\"maxConcurrentJobs\":4}}}");
        assertThat(plugin.detect(nbu)).isEmpty();
        InputFile procs = text("procs.json", "[{\"Name\":\"svchost\",\"Id\":4,\"CPU\":1.5,\"Handles\":300}]");
        assertThat(plugin.detect(procs)).isEmpty();
        assertThat(plugin.explain(procs)).get().asString().contains("line 1").contains("BEMCLI");
        assertThat(plugin.explain(nbu)).isEmpty();
    }

    @Test
    void storageAndItsDeviceJoinByNameWithTheUncPathAndConcurrency() {
        BackupExecEnvironment env = parse("storage.json", "disk-storage-devices.json", "jobs.json", "job-history.json");
        BeStorage av = env.storage().stream().filter(s -> s.objectId().equals("AV-Share")).findFirst().orElseThrow();
        assertThat(av.getHost()).isEqualTo("10.5.129.89");
        assertThat(av.getShare()).isEqualTo("be_av1");
        assertThat(av.getConcurrentOperations()).isEqualTo(24);
        assertThat(av.getConcurrencyProperty()).isEqualTo("ConcurrentOperations");
        // 24 backup jobs; the Verify job does not count.
        assertThat(av.getJobs()).isEqualTo(24);
        BeStorage local = env.storage().stream().filter(s -> s.objectId().equals("Local-Disk-D")).findFirst().orElseThrow();
        assertThat(local.isNetworkShare()).isFalse();
        assertThat(env.folders()).containsExactly(av);
        BeServer s = env.server();
        assertThat(s.getName()).isEqualTo("BESRV01");
        assertThat(s.getBackupToDiskFolders()).isEqualTo(1);
        assertThat(s.getJobs()).isEqualTo(24);
    }

    @Test
    void theJobHistoryCalibratesThePerJobRateFromSuccessfulJobsOnly() {
        BackupExecEnvironment env = parse("job-history.json", "disk-storage-devices.json");
        // Median of the 12 successful rows' JobRateMBPerMinute (3040 and 3050 in the middle); the failed row is left out.
        assertThat(env.server().getJobRate()).isCloseTo(3045e6 / 60, org.assertj.core.data.Offset.offset(1.0));
        assertThat(env.measurements().get(MeasurementKey.SOURCE_READ_PER_STREAM)).get()
                .satisfies(m -> assertThat(m.source()).contains("JobRateMBPerMinute").contains("12 successful"));
        // Without Get-BEJob the history's distinct job names are the jobs.
        assertThat(env.server().getJobs()).isEqualTo(13);
    }

    @Test
    void lowDepthJsonWithTimeSpanStringsAndEnumNames() {
        BackupExecEnvironment env = parse("job-history-depth1.json", "disk-storage-devices.json");
        // 250 GB in 1 h 23 min 20 s = 50 MB/s; the restore is not a backup.
        assertThat(env.server().getJobRate()).isCloseTo(50e6, org.assertj.core.data.Offset.offset(1.0));
        assertThat(env.server().getJobs()).isEqualTo(1);
    }

    @Test
    void clixmlEnumsByNameRefsAndDurations() {
        BackupExecEnvironment env = parse("job-history.clixml", "disk-storage-devices.json");
        // 3600 MB/min = 60 MB/s and 144 GB in PT1H = 40 MB/s (JobStatus by <Ref> to the first enum).
        assertThat(env.server().getJobRate()).isCloseTo(50e6, org.assertj.core.data.Offset.offset(1.0));
        assertThat(env.server().getJobs()).isEqualTo(2);
    }

    @Test
    void backupDefinitionsInClixmlAreReadAndSaid() {
        BackupExecEnvironment env = parse("backup-definitions.xml", "disk-storage-devices.json");
        assertThat(env.notes()).anyMatch(n -> n.startsWith("24 backup definition(s) read"));
    }

    @Test
    void onlyAWholeNumberIsTakenAsConcurrencyAndTheValueCountWrapperIsRead() {
        // Windows PowerShell's ConvertTo-Json -InputObject $array wraps it as {"value": [...], "Count": n}.
        InputFile dev = text("besrv01/devices.json", "{\"value\": [{\"Name\": \"AV-Share\", \"StorageType\": 2, "
                + "\"ConcurrentOperationsEnabled\": true, \"WriteSessions\": 8, \"Path\": \"\\\\\\\\altavault01\\\\be\"}], \"Count\": 1}");
        assertThat(plugin.detect(dev)).isPresent();
        BackupExecEnvironment env = (BackupExecEnvironment) plugin.parse(List.of(dev));
        BeStorage s = env.storage().get(0);
        assertThat(s.getConcurrentOperations()).isEqualTo(8);
        assertThat(s.getConcurrencyProperty()).isEqualTo("WriteSessions");
        assertThat(s.getHost()).isEqualTo("altavault01");
        // No server name in the objects: the folder the files are in names it.
        assertThat(env.server().getName()).isEqualTo("besrv01");
    }

    @Test
    void aStorageBeyondTheJsonDepthIsJoinedByStorageId() {
        InputFile dev = text("besrv01/devices.json", "[{\"Name\": \"AV-Share\", \"Id\": \"6B1F\", \"StorageType\": 2, "
                + "\"Path\": \"\\\\\\\\10.5.129.89\\\\be_av1\"}]");
        InputFile jobs = text("besrv01/jobs.json", "[{\"Name\": \"FS01-Full\", \"JobType\": 1, \"TaskType\": 1, "
                + "\"Storage\": \"BackupExec.Management.CLI.BEDiskStorageDevice\", \"StorageId\": \"6b1f\"},"
                + "{\"Name\": \"FS02-Full\", \"JobType\": \"Backup\", \"TaskType\": 1, \"Storage\": {\"Name\": \"AV-Share\"}}]");
        BackupExecEnvironment env = (BackupExecEnvironment) plugin.parse(List.of(dev, jobs));
        assertThat(env.storage().get(0).getJobs()).isEqualTo(2);
        assertThat(env.notes()).noneMatch(n -> n.contains("BackupExec.Management"));
    }

    @Test
    void aBrokenClixmlElementNamesFileAndLine() {
        InputFile bad = text("besrv01/defs.xml", "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n"
                + "  <Obj RefId=\"0\">\n    <TN RefId=\"0\"><T>BackupExec.Management.CLI.BackupDefinition</T></TN>\n"
                + "    <Props>\n      <S N=\"Name\">FS01 backup</S>\n      <S N=\"Description\">broken</Props>\n  </Obj>\n</Objs>\n");
        assertThat(plugin.detect(bad)).isPresent();
        assertThatThrownBy(() -> plugin.parse(List.of(bad))).isInstanceOf(InputException.class)
                .hasMessageContaining("besrv01/defs.xml").hasMessageContaining("line 6");
    }

    @Test
    void aRateThatIsNotANumberNamesFileLineAndField() {
        InputFile bad = text("h.json", "[\n {\n  \"JobName\": \"FS01\",\n  \"JobStatus\": 9,\n  \"JobRateMBPerMinute\": \"fast\",\n"
                + "  \"StorageName\": \"AV-Share\"\n }\n]\n");
        assertThatThrownBy(() -> plugin.parse(List.of(bad))).isInstanceOf(InputException.class)
                .hasMessageContaining("h.json").hasMessageContaining("line 5").hasMessageContaining("JobRateMBPerMinute");
        InputFile span = text("h2.json", "[{\"JobName\": \"FS01\", \"JobStatus\": 9, \"StorageName\": \"AV\", "
                + "\"TotalDataSizeBytes\": 5, \"ElapsedTime\": \"soon\"}]");
        assertThatThrownBy(() -> plugin.parse(List.of(span))).hasMessageContaining("ElapsedTime = 'soon'")
                .hasMessageContaining("TimeSpan");
    }

    @Test
    void thePathHasOneLanePerDestinationAndMoreFoldersAddLanes() {
        BackupExecEnvironment env = parse("storage.json", "disk-storage-devices.json", "jobs.json", "job-history.json");
        List<BackupPath> paths = plugin.paths(env, Measurements.none());
        assertThat(paths).hasSize(1);
        BackupPath p = paths.get(0);
        assertThat(p.endpoints()).contains(Endpoint.mediaServer("BESRV01"), Endpoint.destination("smb", "10.5.129.89", "be_av1"));
        double perJob = env.server().getJobRate();
        ThroughputPath today = PathComposer.compose(p, List.of(), Measurements.none());
        assertThat(ThroughputModel.effectiveStreams(today)).isEqualTo(24);
        double oneLane = lanes(today);
        assertThat(oneLane).isCloseTo(BeServer.JOBS_PER_PATH_LOW * perJob, org.assertj.core.data.Offset.offset(1.0));

        Recommendation two = new Recommendation(env.server(), BeServer.FOLDERS, 1, 2, "test");
        BackupExecEnvironment after = env.apply(List.of(two));
        BackupPath p2 = plugin.paths(after, Measurements.none()).get(0);
        assertThat(p2.id()).isEqualTo(p.id());
        assertThat(p2.endpoints().stream().filter(e -> e.role() == Endpoint.Role.DESTINATION)).hasSize(2);
        assertThat(lanes(PathComposer.compose(p2, List.of(), Measurements.none()))).isCloseTo(2 * oneLane,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(p2.path().reads(two.getKnob())).isTrue();
    }

    private static double lanes(ThroughputPath t) {
        return t.capacities().stream().filter(c -> c.name().startsWith("Backup Exec paths")).mapToDouble(Capacity::bytesPerSecond)
                .sum();
    }

    @Test
    void remediationGivesRoutesSharesAndBemcliWithoutRestart() {
        BackupExecEnvironment env = parse("storage.json", "disk-storage-devices.json", "jobs.json", "job-history.json");
        var r = plugin.remediation(new Recommendation(env.server(), BeServer.FOLDERS, 1, 2, "test"));
        assertThat(r.applyText()).contains("route -p add 10.5.129.89").contains("New-BEDiskStorageDevice")
                .contains("Set-BEBackupTask").contains("Configure > SMB").doesNotContain("restart");
        assertThat(r.rollbackText()).contains("route delete");
        assertThat(r.restart()).isEqualTo(org.backupadvisor.core.spi.Remediation.Restart.NONE);
    }
}
