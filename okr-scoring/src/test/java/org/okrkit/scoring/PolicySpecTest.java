package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class PolicySpecTest {

  /** {@code value} written with Java serialization and read back. */
  static Object serialized(Object value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theDefaultPolicyTravelsAndComesBackEqual() {
    ScoringPolicy policy = ScoringPolicy.defaults();
    PolicySpec spec = PolicySpec.of(policy);
    assertEquals(policy, spec.policy());
    PolicySpec read = (PolicySpec) serialized(spec);
    assertEquals(spec, read);
    assertEquals(policy, read.policy(PolicyExtensions.none()));
  }
}
