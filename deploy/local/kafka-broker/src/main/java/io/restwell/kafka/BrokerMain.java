package io.restwell.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Starts a single-node KRaft broker: formats its log directory on first use, then runs Kafka.
 *
 * <p>The broker exits when its standard input closes, so a launcher that dies (even by SIGKILL)
 * never leaves an orphaned broker holding its ports.
 *
 * <p>Arguments: {@code <server.properties> <cluster-id>}.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BrokerMain <server.properties> <cluster-id>");
            System.exit(2);
        }
        exitWhenLauncherGoes(System.in);
        Path config = Path.of(args[0]);
        if (!isFormatted(config)) {
            StorageTool.execute(new String[] {"format", "--ignore-formatted", "-t", args[1], "-c", args[0]},
                    new PrintStream(System.out, true));
        }
        Kafka.main(new String[] {args[0]});
    }

    private static boolean isFormatted(Path config) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            properties.load(in);
        }
        return Files.exists(Path.of(properties.getProperty("log.dirs")).resolve("meta.properties"));
    }

    private static void exitWhenLauncherGoes(InputStream launcherPipe) {
        Thread watchdog = new Thread(() -> {
            try {
                while (launcherPipe.read() != -1) {
                    // the launcher never writes; we only wait for end of stream
                }
            } catch (IOException closed) {
                // same meaning as end of stream
            }
            System.exit(0);
        }, "launcher-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
