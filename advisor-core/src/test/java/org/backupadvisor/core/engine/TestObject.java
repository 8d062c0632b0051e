package org.backupadvisor.core.engine;

import org.backupadvisor.core.facts.ConfigObject;

/** A configuration object of any product and type, for engine tests (one class, several products). */
public record TestObject(String product, String objectType, String objectId) implements ConfigObject {
    @Override
    public String origin() {
        return objectId + ".json: line 1";
    }

    public String getObjectType() {
        return objectType;
    }

    public String getProduct() {
        return product;
    }
}
