package org.backupadvisor.core.facts;

/**
 * A configuration object parsed from an export (a Commvault subclient, a storage policy copy, ...). Rules match
 * on the concrete classes; the core only needs these three names to address findings and settings.
 */
public interface ConfigObject {
    /** Product id, the first part of a setting name: "commvault". */
    String product();

    /** Object type, the second part of a setting name: "subclient", "storagePolicy", "copy", "mediaAgent". */
    String objectType();

    /** Human, unique within the analysis: "lnxfs01/defaultBackupSet/data", "SP-LTO5/Primary". */
    String objectId();

    /** "file.json: line 3" or "file.json": where the object was read, for evidence. */
    String origin();
}
