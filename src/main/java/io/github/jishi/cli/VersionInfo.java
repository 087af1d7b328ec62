package io.github.jishi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code --version}: jishi's version as the build recorded it, and the versions of the libraries
 * that decide what an index holds (Lucene, HanLP, OpenCC).
 */
final class VersionInfo implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "jishi " + jishi(),
      "Lucene " + org.apache.lucene.util.Version.LATEST,
      "HanLP " + mavenVersion("com.hankcs", "hanlp"),
      "OpenCC (opencc4j) " + mavenVersion("com.github.houbb", "opencc4j"),
      "Java " + Runtime.version()
    };
  }

  /** The version of the pom that built this jar (its {@code pom.properties}), or {@code dev} from classes. */
  static String jishi() {
    String v = mavenVersion("io.github.jishi", "jishi");
    if (!v.equals("unknown")) {
      return v;
    }
    String pkg = VersionInfo.class.getPackage().getImplementationVersion();
    return pkg != null ? pkg : "dev (not built by Maven package)";
  }

  static String mavenVersion(String group, String artifact) {
    String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = VersionInfo.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
