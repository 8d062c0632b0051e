package org.backupadvisor.core.model;

import java.util.List;

/**
 * The model's answer for one configuration: effective streams, the rate they offer, the rate the path accepts,
 * what binds, and each step of the arithmetic in words.
 */
public record Projection(int effectiveStreams, StreamLimit bindingStreamLimit, double perStreamBytesPerSecond,
                         double offeredBytesPerSecond, double bytesPerSecond, Capacity bindingCapacity,
                         List<String> derivation) {

    /** The stage that sets the rate: the binding capacity, else the stream limit. */
    public Stage bottleneckStage() {
        return bindingCapacity != null ? bindingCapacity.stage()
                : bindingStreamLimit != null ? bindingStreamLimit.stage() : Stage.CLIENT;
    }

    public String bottleneckDescription() {
        if (bindingCapacity != null) {
            return bindingCapacity.derivation();
        }
        if (bindingStreamLimit == null) {
            return "one stream at " + org.backupadvisor.core.units.DataRate.ofBytesPerSecond(perStreamBytesPerSecond);
        }
        return bindingStreamLimit.derivation() + " → " + effectiveStreams + " stream(s) × "
                + org.backupadvisor.core.units.DataRate.ofBytesPerSecond(perStreamBytesPerSecond) + " per stream";
    }

    /** Whether what binds reads a setting (a change can move it) rather than only hardware or measurements. */
    public boolean settingsBind() {
        return bindingCapacity != null ? !bindingCapacity.settings().isEmpty()
                : bindingStreamLimit != null && !bindingStreamLimit.settings().isEmpty();
    }

    public double bottleneckCapacity() {
        return bindingCapacity != null ? bindingCapacity.bytesPerSecond() : offeredBytesPerSecond;
    }
}
