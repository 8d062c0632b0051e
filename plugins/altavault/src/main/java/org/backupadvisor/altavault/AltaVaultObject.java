package org.backupadvisor.altavault;

import java.util.Map;
import org.backupadvisor.core.facts.FieldObject;

/** An AltaVault configuration object; settings in a map so a what-if change is a copy with one value replaced. */
public abstract class AltaVaultObject extends FieldObject {

    protected AltaVaultObject(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public final String product() {
        return AltaVaultPlugin.ID;
    }

    /** The same object with {@code name} set to {@code value}. */
    abstract AltaVaultObject with(String name, Object value);
}
