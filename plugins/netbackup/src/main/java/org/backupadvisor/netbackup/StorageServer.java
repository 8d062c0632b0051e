package org.backupadvisor.netbackup;

import java.util.List;
import java.util.Map;

/** A storage server ({@code nbdevquery -liststs -U}): the host a disk pool's data goes to, and its flags. */
public final class StorageServer extends NetBackupObject {
    public static final String TYPE = "storageServer";
    private final List<String> flags;

    StorageServer(String name, String origin, Map<String, Object> fields, List<String> flags) {
        super(name, origin, fields);
        this.flags = List.copyOf(flags);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    /** "Storage Server Type": AdvancedDisk, PureDisk, or an OpenStorage plug-in's type. */
    public String getServerType() {
        return stringField("serverType");
    }

    public List<String> getFlags() {
        return flags;
    }

    public boolean isOpenStorage() {
        return flags.contains("OpenStorage") && getServerType() != null
                && !List.of("AdvancedDisk", "PureDisk", "BasicDisk").contains(getServerType());
    }

    @Override
    StorageServer with(String name, Object value) {
        return new StorageServer(objectId(), origin(), changed(name, value), flags);
    }
}
