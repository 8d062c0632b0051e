package org.backupadvisor.platform.read;

/**
 * One "set [module:]name = value" line of Solaris /etc/system. {@code module} is "" for a kernel ("unix") variable.
 * {@code numericValue} is the value of a plain assignment of a number (decimal, 0x hex or 0 octal, with ~ or -);
 * it is null for strings and for the "|" and "&" forms, whose {@code rawValue} keeps the operator ("| 0x10").
 */
public record EtcSystemSetting(String module, String name, String rawValue, Long numericValue, String file,
        int line) {
}
