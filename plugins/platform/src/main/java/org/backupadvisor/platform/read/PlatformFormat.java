package org.backupadvisor.platform.read;

import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;

/** The operating-system exports the platform plugin reads, and how to tell them apart. */
public enum PlatformFormat {
    PROC_MOUNTS, FSTAB, MOUNT_OUTPUT, NFSSTAT_M, ETHTOOL, IP_LINK_JSON, ETC_SYSTEM, MNTTAB, SOLARIS_MOUNT_V, REG,
    NET_ADAPTER_JSON, ROUTE_PRINT;

    /**
     * The format of {@code f}, decided from its content, with the file name ("mounts", "fstab", "system", "mnttab",
     * "*.reg") only settling what the content leaves open. Empty for anything else: vendor JSON/XML responses,
     * READMEs, logs, random text.
     */
    public static Optional<PlatformFormat> detect(InputFile f) {
        return FormatSniffer.detect(f);
    }

    /**
     * The host {@code f} says it describes: a .reg export's Tcpip "Hostname" or "ComputerName" value, or
     * Get-NetAdapter's "SystemName"; null when the file does not say (ethtool, mount tables...), so the caller falls
     * back to the folder name.
     */
    public static String hostOf(InputFile f) {
        Optional<PlatformFormat> format = detect(f);
        if (format.isEmpty()) {
            return null;
        }
        return switch (format.get()) {
            case REG -> RegFile.host(RegFile.values(TextLines.of(f))).orElse(null);
            case NET_ADAPTER_JSON -> JsonFiles.objects(JsonFiles.tree(f)).stream()
                    .map(a -> a.text("SystemName").or(() -> a.text("PSComputerName")))
                    .flatMap(Optional::stream)
                    .findFirst().orElse(null);
            default -> null;
        };
    }

    /** The NFS mounts of a mount-table format; empty for the other formats. */
    public static List<NfsMount> nfsMounts(InputFile f, PlatformFormat format) {
        return switch (format) {
            case PROC_MOUNTS -> LinuxMounts.procMounts(TextLines.of(f));
            case FSTAB -> LinuxMounts.fstab(TextLines.of(f));
            case MOUNT_OUTPUT -> LinuxMounts.mountCommand(TextLines.of(f));
            case NFSSTAT_M -> NfsstatM.read(TextLines.of(f));
            case MNTTAB -> SolarisMounts.mnttab(TextLines.of(f));
            case SOLARIS_MOUNT_V -> SolarisMounts.mountV(TextLines.of(f));
            default -> List.of();
        };
    }

    /** The NFS mounts of {@code f} in whatever mount format it is; empty when it is no mount table. */
    public static List<NfsMount> nfsMounts(InputFile f) {
        return detect(f).map(format -> nfsMounts(f, format)).orElse(List.of());
    }

    /** The NICs of a NIC format (ethtool, ip link JSON, Get-NetAdapter JSON); empty for the other formats. */
    public static List<Nic> nics(InputFile f, PlatformFormat format) {
        return switch (format) {
            case ETHTOOL -> Ethtool.read(TextLines.of(f));
            case IP_LINK_JSON -> IpLinkJson.read(f);
            case NET_ADAPTER_JSON -> NetAdapterJson.read(f);
            default -> List.of();
        };
    }
}
