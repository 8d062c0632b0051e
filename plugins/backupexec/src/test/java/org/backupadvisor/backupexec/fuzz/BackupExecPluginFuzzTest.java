package org.backupadvisor.backupexec.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.backupadvisor.backupexec.BackupExecEnvironment;
import org.backupadvisor.backupexec.BackupExecPlugin;
import org.backupadvisor.backupexec.BeServer;
import org.backupadvisor.backupexec.BeStorage;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.ReadBudget;
import org.backupadvisor.core.measure.Measurements;
import org.junit.jupiter.api.Timeout;

/**
 * The Backup Exec plugin end to end on one fuzzed file (BEMCLI JSON or CLIXML): detect, explain, parse, the getters
 * the rules read, the path and a priced change. Anything but an {@link InputException} is a finding, and so is an
 * input that runs over 10 s.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BackupExecPluginFuzzTest {
    private static final BackupExecPlugin PLUGIN = new BackupExecPlugin();

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        InputFile f = new InputFile("besrv01/export", data);
        try (ReadBudget budget = ReadBudget.open(ReadBudget.MAX_VALUES)) {
            PLUGIN.explain(f);
            if (PLUGIN.detect(f).isEmpty()) {
                return;
            }
            BackupExecEnvironment env = (BackupExecEnvironment) PLUGIN.parse(List.of(f));
            for (ConfigObject o : env.objects()) {
                o.toString();
                if (o instanceof BeStorage s) {
                    s.getConcurrentOperations();
                    s.getJobs();
                    s.getHost();
                } else if (o instanceof BeServer s) {
                    s.getJobsPerPath();
                    s.getSaturationJobs();
                    s.getDestinationHost();
                }
            }
            PLUGIN.paths(env, Measurements.none());
            if (env.server() != null) {
                Recommendation r = new Recommendation(env.server(), BeServer.FOLDERS, 1, 2, "fuzz");
                PLUGIN.paths(env.apply(List.of(r)), Measurements.none());
                PLUGIN.remediation(r);
            }
        } catch (InputException expected) {
            // bad input: one line naming file and line
        }
    }
}
