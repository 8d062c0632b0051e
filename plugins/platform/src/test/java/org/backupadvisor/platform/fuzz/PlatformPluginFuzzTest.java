package org.backupadvisor.platform.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.platform.EtcSystem;
import org.backupadvisor.platform.Host;
import org.backupadvisor.platform.NfsMountPoint;
import org.backupadvisor.platform.PlatformEnvironment;
import org.backupadvisor.platform.PlatformPlugin;
import org.backupadvisor.platform.RegistryKey;
import org.backupadvisor.platform.read.PlatformFormat;
import org.junit.jupiter.api.Timeout;
import org.backupadvisor.testkit.FuzzBundle;

/**
 * The platform plugin end to end on fuzzed host exports: {@link PlatformFormat#detect} on every file, then
 * {@link PlatformPlugin#parse} of the files it recognised, the getters the rules read, and the NIC capacity it
 * contributes to a path whose media server and client are the parsed hosts. One input is a bundle of files split by
 * "%%FILE host/name" lines ({@link FuzzBundle}); a file without such a line is "host1/x". Anything but an
 * {@link InputException} is a finding, and so is an input that runs over 10 s.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PlatformPluginFuzzTest {
    private static final PlatformPlugin PLUGIN = new PlatformPlugin();

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void parse(byte[] data) {
        List<InputFile> recognised = new ArrayList<>();
        for (InputFile f : FuzzBundle.files(data, "host1/x")) {
            try {
                PLUGIN.detect(f);
                if (PlatformFormat.detect(f).isPresent()) {
                    recognised.add(f);
                }
            } catch (InputException expected) {
                // a file the sniffer cannot even decode is bad input too
            }
        }
        if (recognised.isEmpty()) {
            return;
        }
        try {
            PlatformEnvironment env = (PlatformEnvironment) PLUGIN.parse(recognised);
            List<Endpoint> endpoints = new ArrayList<>();
            for (ConfigObject o : env.objects()) {
                o.toString();
                if (o instanceof Host h) {
                    h.getWindows2012OrLater();
                    h.getUsableNics();
                    h.getMinMtu();
                    h.getMaxMtu();
                    h.isAltaVaultClient();
                    env.host(h.getName());
                    endpoints.add(endpoints.isEmpty() ? Endpoint.mediaServer(h.getName())
                            : new Endpoint(Endpoint.Role.CLIENT, h.getName(), null, null));
                } else if (o instanceof NfsMountPoint m) {
                    m.getMinTransfer();
                    m.isOracleBackup();
                    m.remountCommands(NfsMountPoint.ONE_MIB, NfsMountPoint.ONE_MIB);
                } else if (o instanceof EtcSystem e) {
                    e.getMaxTransferSize();
                    e.getBsize();
                    e.getRequiredTransfer();
                } else if (o instanceof RegistryKey k) {
                    k.getShortfalls();
                }
            }
            // What the core asks of the platform plugin for another product's path through these hosts.
            BackupPath path = new BackupPath("fuzz", "fuzz", Phase.BACKUP,
                    new ThroughputPath(List.of(), List.of(), List.of()), endpoints);
            PLUGIN.contribute(env, path, Measurements.none());
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }
}
