package lstmbench.harness.cli;

import lstmbench.harness.run.EnvironmentProbe;
import picocli.CommandLine;

/**
 * {@code lstmbench --version}: the project version filtered into the jar at build time.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"lstmbench " + EnvironmentProbe.projectVersion()};
    }
}
