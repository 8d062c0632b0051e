package org.backupadvisor.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar (me.tongfei:progressbar) on stderr; loaded only when {@link Progress#start} decides to show one. */
final class TerminalProgress implements Progress {
    private final ProgressBar bar;
    private boolean started;

    TerminalProgress(int stages) {
        bar = new ProgressBarBuilder().setTaskName("advisor").setInitialMax(stages).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).hideEta().setUpdateIntervalMillis(200)
                .continuousUpdate().build();
    }

    @Override
    public void stage(String what) {
        if (started) {
            bar.step();
        }
        started = true;
        bar.setExtraMessage(what);
    }

    @Override
    public void close() {
        if (started) {
            bar.stepTo(bar.getMax());
            bar.setExtraMessage("done");
        }
        bar.close();
    }
}
