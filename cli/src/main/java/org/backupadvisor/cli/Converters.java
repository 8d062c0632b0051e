package org.backupadvisor.cli;

import java.time.Duration;
import org.backupadvisor.core.facts.Severity;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;
import picocli.CommandLine;

/** picocli converters for the unit types; a bad value becomes a one-line usage error (exit 2). */
final class Converters {
    private Converters() {
    }

    private static <T> T wrap(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (InputException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static final class Rate implements CommandLine.ITypeConverter<DataRate> {
        @Override
        public DataRate convert(String v) {
            return wrap(() -> DataRate.parse(v));
        }
    }

    static final class Size implements CommandLine.ITypeConverter<DataSize> {
        @Override
        public DataSize convert(String v) {
            return wrap(() -> DataSize.parse(v));
        }
    }

    static final class Time implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String v) {
            return wrap(() -> Durations.parse(v));
        }
    }

    static final class Sev implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String v) {
            return wrap(() -> Severity.parse(v));
        }
    }
}
