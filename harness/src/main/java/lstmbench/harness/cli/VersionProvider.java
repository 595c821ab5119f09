/* `lstmbench --version`: the project version filtered into the jar at build time. */
package lstmbench.harness.cli;

import lstmbench.harness.run.EnvironmentProbe;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"lstmbench " + EnvironmentProbe.projectVersion()};
    }
}
