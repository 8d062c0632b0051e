package org.backupadvisor.core.measure;

import java.util.Locale;

/**
 * How a front end names the request's fields in messages, so the CLI and the REST service word one problem alike
 * with their own names: {@code --restore-target RATE} and {@code --window 48h --size 30TB} on the command line,
 * {@code restoreTarget} and {@code window=48h and size=30TB} in the API. Fields are given by their API (camelCase)
 * names.
 */
public enum OptionStyle {
    /** Command-line options: {@code --kebab-case VALUE}. */
    CLI,
    /** API fields (form fields or JSON properties): {@code camelCase=VALUE}. */
    API;

    /** "restoreTarget" → "--restore-target" (CLI) or "restoreTarget" (API). */
    public String name(String field) {
        return this == API ? field : "--" + field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The field as usage shows it: "--target RATE" (CLI) or "target" (API). */
    public String usage(String field, String placeholder) {
        return this == API ? field : name(field) + " " + placeholder;
    }

    /** The field with a value: "--window 48h" (CLI) or "window=48h" (API). */
    public String example(String field, String value) {
        return name(field) + (this == API ? "=" : " ") + value;
    }

    /** What joins two fields given together: " " (CLI) or " and " (API). */
    public String and() {
        return this == API ? " and " : " ";
    }
}
