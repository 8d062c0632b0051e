package org.backupadvisor.platform;

import java.util.Map;

/**
 * A Solaris host's /etc/system NFS client tunables (000 §4.2): nfs:nfs3_max_transfer_size and nfs:nfs3_bsize must
 * be at least min(rsize, wsize) of the host's NFS mounts. {@code requiredTransfer} is the largest such minimum over
 * the host's mounts (null when no mount of the host was exported).
 */
public final class EtcSystem extends PlatformObject {
    public static final String TYPE = "etcSystem";
    public static final String MAX_TRANSFER_SIZE = "nfs:nfs3_max_transfer_size";
    public static final String BSIZE = "nfs:nfs3_bsize";

    private final Long requiredTransfer;

    EtcSystem(String host, String origin, Map<String, Object> fields, Long requiredTransfer) {
        super(host, origin, fields);
        this.requiredTransfer = requiredTransfer;
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    public String getHost() {
        return objectId();
    }

    public Long getMaxTransferSize() {
        return asLong(field(MAX_TRANSFER_SIZE));
    }

    public Long getBsize() {
        return asLong(field(BSIZE));
    }

    public Long getRequiredTransfer() {
        return requiredTransfer;
    }

    @Override
    EtcSystem with(String name, Object value) {
        Map<String, Object> f = fields();
        f.put(name, value);
        return new EtcSystem(objectId(), origin(), f, requiredTransfer);
    }
}
