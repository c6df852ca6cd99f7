package denominator.cli;

import denominator.ValidationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The refusal of a file the operator named that cannot be read, saying why in words. */
final class UnreadableFile {
  private UnreadableFile() {}

  /** "cannot read WHAT (does not exist): FILE (expected EXPECTED)", and the like. */
  static ValidationException of(String what, Path file, IOException e, String expected) {
    String why =
        e instanceof NoSuchFileException
            ? "does not exist"
            : e instanceof AccessDeniedException
                ? "permission denied"
                : Files.isDirectory(file) ? "is a directory" : String.valueOf(e.getMessage());
    return new ValidationException(
        "cannot read " + what + " (" + why + ")", file.toString(), expected);
  }
}
