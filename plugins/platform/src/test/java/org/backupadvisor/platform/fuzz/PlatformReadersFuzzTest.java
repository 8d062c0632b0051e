package org.backupadvisor.platform.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Consumer;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines.Line;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.platform.read.EtcSystem;
import org.backupadvisor.platform.read.Ethtool;
import org.backupadvisor.platform.read.IpLinkJson;
import org.backupadvisor.platform.read.LinuxMounts;
import org.backupadvisor.platform.read.NetAdapterJson;
import org.backupadvisor.platform.read.NfsMount;
import org.backupadvisor.platform.read.NfsstatM;
import org.backupadvisor.platform.read.RegFile;
import org.backupadvisor.platform.read.RoutePrint;
import org.backupadvisor.platform.read.SolarisMounts;
import org.junit.jupiter.api.Timeout;

/**
 * Each reader of {@code org.backupadvisor.platform.read} on its own, fed whatever bytes the fuzzer makes, without
 * format detection in front (a mis-detected file reaches a reader just the same). Anything but an
 * {@link InputException} is a finding. Seeds: .../fuzz/PlatformReadersFuzzTestInputs/&lt;method&gt;/.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PlatformReadersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void etcSystem(byte[] data) {
        lines(data, "host1/system", EtcSystem::read);
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void ethtool(byte[] data) {
        lines(data, "host1/ethtool.txt", Ethtool::read);
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void ipLinkJson(byte[] data) {
        file(data, "host1/ip-link.json", IpLinkJson::read);
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void netAdapterJson(byte[] data) {
        file(data, "host1/netadapter.json", NetAdapterJson::read);
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void linuxMounts(byte[] data) {
        lines(data, "host1/mounts", l -> sizes(LinuxMounts.procMounts(l)));
        lines(data, "host1/fstab", l -> sizes(LinuxMounts.fstab(l)));
        lines(data, "host1/mount.txt", l -> sizes(LinuxMounts.mountCommand(l)));
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void nfsstatM(byte[] data) {
        lines(data, "host1/nfsstat-m.txt", l -> sizes(NfsstatM.read(l)));
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void regFile(byte[] data) {
        lines(data, "host1/x.reg", l -> RegFile.host(RegFile.values(l)));
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void routePrint(byte[] data) {
        lines(data, "host1/route-print.txt", RoutePrint::read);
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "platform.dict")
    void solarisMounts(byte[] data) {
        lines(data, "host1/mnttab", l -> sizes(SolarisMounts.mnttab(l)));
        lines(data, "host1/mount-v.txt", l -> sizes(SolarisMounts.mountV(l)));
    }

    private static void lines(byte[] data, String name, Consumer<List<Line>> reader) {
        try {
            reader.accept(TextLines.of(new InputFile(name, data)));
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }

    private static void file(byte[] data, String name, Consumer<InputFile> reader) {
        try {
            reader.accept(new InputFile(name, data));
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }

    /** What NfsMountPoint asks of every mount: rsize and wsize as numbers. */
    private static void sizes(List<NfsMount> mounts) {
        for (NfsMount m : mounts) {
            m.size("rsize");
            m.size("wsize");
            m.option("vers");
        }
    }
}
