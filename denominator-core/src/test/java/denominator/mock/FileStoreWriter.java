package denominator.mock;

import denominator.DNSApiManager;
import java.nio.file.Path;

/** Writes record sets to a file store from its own process, for {@link FileStoreTest}. */
final class FileStoreWriter {
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[2]);
    try (DNSApiManager manager = FileStoreTest.open(file)) {
      for (int i = 0; i < count; i++) {
        manager
            .api()
            .recordSets("example.com.")
            .put(FileStoreTest.a(args[1] + "-" + i + ".example.com."));
      }
    }
  }
}
