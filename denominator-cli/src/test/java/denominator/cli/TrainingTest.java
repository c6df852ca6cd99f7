package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The launcher's start-up archive is recorded from commands that end as they should. The training
 * run replaces System.out and System.err, so tests that run commands in this JVM wait for it.
 */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class TrainingTest {
  @Test
  void everyTrainedCommandEndsAsExpected() throws Exception {
    assertThat(Training.run()).isEmpty();
  }
}
