package org.backupadvisor.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backupadvisor.platform.read.NfsMount;

/**
 * One NFS mount of a host ({@code host:/mount/point}): rsize and wsize as the mount carries them (null when the
 * options leave them out and the client negotiates), and the full option list, so a corrected mount line keeps
 * every option of the user's own but the two sizes.
 */
public final class NfsMountPoint extends PlatformObject {
    public static final String TYPE = "nfsMount";
    public static final String RSIZE = "rsize";
    public static final String WSIZE = "wsize";
    /** 000 §2.7: 1024 KB read/write sizes on high-speed, low-latency networks. */
    public static final long ONE_MIB = 1_048_576L;
    private static final Pattern ORACLE = Pattern.compile("(?i).*(rman|oracle|orabackup|\\bora\\b).*");

    private final String host;
    private final NfsMount mount;

    NfsMountPoint(String host, NfsMount mount) {
        this(host, mount, sizes(mount));
    }

    private NfsMountPoint(String host, NfsMount mount, Map<String, Object> fields) {
        super(host + ":" + mount.mountPoint(), mount.file() + ": line " + mount.line(), fields);
        this.host = host;
        this.mount = mount;
    }

    private static Map<String, Object> sizes(NfsMount m) {
        Map<String, Object> out = new HashMap<>();
        m.size(RSIZE).ifPresent(v -> out.put(RSIZE, v));
        m.size(WSIZE).ifPresent(v -> out.put(WSIZE, v));
        return out;
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    public String getHost() {
        return host;
    }

    public String getOs() {
        return mount.os();
    }

    public boolean isSolaris() {
        return NfsMount.SOLARIS.equals(mount.os());
    }

    public String getServer() {
        return mount.server();
    }

    public String getExport() {
        return mount.export();
    }

    public String getMountPoint() {
        return mount.mountPoint();
    }

    public Long getRsize() {
        return asLong(field(RSIZE));
    }

    public Long getWsize() {
        return asLong(field(WSIZE));
    }

    /** min(rsize, wsize) when both are set: what Solaris nfs3_max_transfer_size and nfs3_bsize must reach (000 §4.2). */
    public Long getMinTransfer() {
        Long r = getRsize();
        Long w = getWsize();
        return r == null || w == null ? null : Math.min(r, w);
    }

    /** An Oracle RMAN destination by its name (mount point or export says rman/oracle): Direct NFS applies (000 §2.7). */
    public boolean isOracleBackup() {
        return ORACLE.matcher(mount.mountPoint()).matches() || ORACLE.matcher(mount.export()).matches();
    }

    /** The mount command for this mount with {@code rsize}/{@code wsize} replaced and every other option kept. */
    public String mountCommand(long rsize, long wsize) {
        List<String> options = new java.util.ArrayList<>();
        boolean r = false;
        boolean w = false;
        for (String o : mount.options()) {
            if (o.startsWith(RSIZE + "=")) {
                options.add(RSIZE + "=" + rsize);
                r = true;
            } else if (o.startsWith(WSIZE + "=")) {
                options.add(WSIZE + "=" + wsize);
                w = true;
            } else {
                options.add(o);
            }
        }
        if (!r) {
            options.add(RSIZE + "=" + rsize);
        }
        if (!w) {
            options.add(WSIZE + "=" + wsize);
        }
        String device = mount.server() + ":" + mount.export();
        return isSolaris()
                ? "mount -F nfs -o " + String.join(",", options) + " " + device + " " + mount.mountPoint()
                : "mount -t " + mount.fsType() + " -o " + String.join(",", options) + " " + device + " " + mount.mountPoint();
    }

    /** The remount that applies new sizes now (they are fixed at mount time; a plain remount keeps the old ones). */
    public String remountCommands(long rsize, long wsize) {
        return "umount " + mount.mountPoint() + " && " + mountCommand(rsize, wsize);
    }

    public String file() {
        return mount.file();
    }

    @Override
    NfsMountPoint with(String name, Object value) {
        Map<String, Object> f = fields();
        f.put(name, value);
        return new NfsMountPoint(host, mount, f);
    }
}
