package lstmbench.harness.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A single-node Slurm cluster for a test, everything under one temporary folder: munged (as user
 * munge, its own key and socket), then slurmctld and slurmd as root in the foreground, children of
 * this JVM, from a slurm.conf that names this host, with free ports, state, spool and log folders of
 * its own, so that it neither uses nor disturbs a Slurm installed on the machine. {@link #close()}
 * cancels the cluster's jobs and stops the three daemons (SIGTERM, then SIGKILL), also after a failure.
 */
final class LocalSlurm implements AutoCloseable {
    /** The commands the cluster needs, from Debian's slurm-wlm and munge packages. */
    static final List<String> COMMANDS =
            List.of("munged", "slurmctld", "slurmd", "sbatch", "scontrol", "squeue", "scancel", "setpriv");

    private static final long START_SECONDS = 60;

    private final Path dir;
    private final Path conf;
    private final String node;
    private final List<Process> daemons = new ArrayList<>();

    private LocalSlurm(Path dir, String node) {
        this.dir = dir;
        this.conf = dir.resolve("slurm.conf");
        this.node = node;
    }

    /** The commands of {@link #COMMANDS} not found on the PATH or in /usr/sbin. */
    static List<String> missingCommands() {
        return COMMANDS.stream().filter(c -> find(c).isEmpty()).toList();
    }

    static Optional<Path> find(String command) {
        List<String> folders =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        folders.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin"));
        return folders.stream()
                .filter(f -> !f.isEmpty())
                .map(f -> Path.of(f, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static boolean isRoot() {
        try {
            return "0".equals(output(List.of("id", "-u"), Map.of()).trim());
        } catch (IOException e) {
            return false;
        }
    }

    /** Installs Debian's slurm-wlm and munge packages (apt-get, through sudo unless root). */
    static void install() throws IOException, InterruptedException {
        String sudo = isRoot() ? "" : "sudo ";
        ProcessBuilder apt = new ProcessBuilder(
                        "sh",
                        "-c",
                        sudo + "apt-get update -q && " + sudo
                                + "env DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurm-wlm munge")
                .inheritIO();
        int code = apt.start().waitFor();
        if (code != 0) {
            throw new IOException("apt-get install slurm-wlm munge failed with exit code " + code);
        }
    }

    /** Starts munged, slurmctld and slurmd and waits until the node is idle. */
    static LocalSlurm start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("lstmbench-slurm-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String node = output(List.of("hostname", "-s"), Map.of()).trim();
        LocalSlurm slurm = new LocalSlurm(dir, node);
        try {
            slurm.startDaemons();
            return slurm;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            System.err.println(slurm.logs());
            slurm.close();
            throw e;
        }
    }

    private void startDaemons() throws IOException, InterruptedException {
        Path munge = Files.createDirectories(dir.resolve("munge"));
        Files.createDirectories(dir.resolve("log"));
        Files.createDirectories(dir.resolve("state"));
        Files.createDirectories(dir.resolve("spool"));
        UserPrincipalLookupService users = munge.getFileSystem().getUserPrincipalLookupService();
        Path key = munge.resolve("munge.key");
        byte[] secret = new byte[1024];
        new SecureRandom().nextBytes(secret);
        Files.write(key, secret);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));
        for (Path p : List.of(munge, key)) {
            Files.setOwner(p, users.lookupPrincipalByName("munge"));
        }
        // clients (slurmctld, slurmd, sbatch) reach the socket through this folder
        Files.setPosixFilePermissions(munge, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path socket = munge.resolve("munge.socket");
        daemons.add(daemon(
                "munged",
                List.of(
                        "setpriv",
                        "--reuid=munge",
                        "--regid=munge",
                        "--init-groups",
                        find("munged").orElseThrow().toString(),
                        "--foreground",
                        "--key-file=" + key,
                        "--socket=" + socket,
                        "--pid-file=" + munge.resolve("munged.pid"),
                        "--log-file=" + munge.resolve("munged.log"),
                        "--seed-file=" + munge.resolve("munged.seed"))));
        await("munged's socket " + socket, () -> Files.exists(socket));

        int controllerPort, nodePort;
        try (ServerSocket a = new ServerSocket(0);
                ServerSocket b = new ServerSocket(0)) {
            controllerPort = a.getLocalPort();
            nodePort = b.getLocalPort();
        }
        Files.writeString(
                conf,
                String.join(
                        "\n",
                        "ClusterName=lstmbenchtest",
                        "SlurmctldHost=" + node + "(127.0.0.1)",
                        "SlurmctldPort=" + controllerPort,
                        "SlurmdPort=" + nodePort,
                        "AuthType=auth/munge",
                        "AuthInfo=socket=" + socket,
                        "SlurmUser=root",
                        "SlurmdUser=root",
                        "StateSaveLocation=" + dir.resolve("state"),
                        "SlurmdSpoolDir=" + dir.resolve("spool"),
                        "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
                        "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                        "SlurmctldLogFile=" + dir.resolve("log/slurmctld.log"),
                        "SlurmdLogFile=" + dir.resolve("log/slurmd.log"),
                        "ProctrackType=proctrack/linuxproc",
                        "TaskPlugin=task/none",
                        "JobAcctGatherType=jobacct_gather/none",
                        "AccountingStorageType=accounting_storage/none",
                        "JobCompType=jobcomp/none",
                        "MpiDefault=none",
                        "SwitchType=switch/none",
                        "SelectType=select/cons_tres",
                        "SelectTypeParameters=CR_Core",
                        "SchedulerType=sched/backfill",
                        "SchedulerParameters=sched_interval=1,bf_interval=1",
                        "ReturnToService=2",
                        "MailProg=/bin/true",
                        "KillWait=5",
                        "NodeName=" + node + " NodeAddr=127.0.0.1 CPUs="
                                + Runtime.getRuntime().availableProcessors() + " State=UNKNOWN",
                        "PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                        ""));
        daemons.add(daemon(
                "slurmctld", List.of(find("slurmctld").orElseThrow().toString(), "-D", "-i", "-f", conf.toString())));
        daemons.add(daemon(
                "slurmd", List.of(find("slurmd").orElseThrow().toString(), "-D", "-f", conf.toString(), "-N", node)));
        await("node " + node + " idle", () -> {
            try {
                return command("scontrol", "show", "node", node).contains("State=IDLE");
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private Process daemon(String name, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").resolve(name + ".out").toFile());
        builder.environment().put("SLURM_CONF", conf.toString());
        return builder.start();
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private void await(String what, Condition condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (!condition.holds()) {
            for (Process p : daemons) {
                if (!p.isAlive()) {
                    throw new IOException(
                            "a Slurm daemon ended (exit " + p.exitValue() + ") while waiting for " + what);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("no " + what + " after " + START_SECONDS + " s");
            }
            Thread.sleep(200);
        }
    }

    /** The node's name (this host's short name). */
    String node() {
        return node;
    }

    /** Runs a Slurm client command (or a script calling one) against this cluster; its output, or an error with it. */
    String command(String... command) throws IOException {
        return output(List.of(command), Map.of("SLURM_CONF", conf.toString()));
    }

    /** Like {@link #command} with extra environment variables. */
    String command(Map<String, String> environment, String... command) throws IOException {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("SLURM_CONF", conf.toString());
        return output(List.of(command), env);
    }

    private static String output(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not end in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + p.exitValue() + ": " + out);
        }
        return out;
    }

    /** The daemons' logs, for a failure message. */
    String logs() {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("log"))) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                b.append("--- ").append(f).append(" (last 30 lines)\n");
                lines.subList(Math.max(0, lines.size() - 30), lines.size())
                        .forEach(l -> b.append(l).append('\n'));
            }
        } catch (IOException | RuntimeException e) {
            b.append("(logs unreadable: ").append(e).append(")\n");
        }
        return b.toString();
    }

    /** Cancels every job of this cluster, stops the daemons and removes the folder. */
    @Override
    public void close() throws IOException {
        if (daemons.size() == 3 && daemons.stream().allMatch(Process::isAlive)) {
            try {
                String jobs = command("squeue", "-h", "-o", "%i").trim();
                if (!jobs.isEmpty()) {
                    List<String> cancel = new ArrayList<>(List.of("scancel"));
                    cancel.addAll(List.of(jobs.split("\\s+")));
                    command(cancel.toArray(String[]::new));
                    Thread.sleep(2000);
                }
            } catch (IOException | InterruptedException e) {
                System.err.println("LocalSlurm: cancelling the jobs failed: " + e.getMessage());
            }
        }
        for (int i = daemons.size() - 1; i >= 0; i--) {
            stop(daemons.get(i));
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
