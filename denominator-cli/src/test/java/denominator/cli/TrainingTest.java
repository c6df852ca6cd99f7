package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's start-up archive is recorded from commands that end as they should. */
class TrainingTest {
  @Test
  void everyTrainedCommandEndsAsExpected() throws Exception {
    assertThat(Training.run()).isEmpty();
  }
}
