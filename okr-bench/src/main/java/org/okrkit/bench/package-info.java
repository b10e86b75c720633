/** JMH benchmarks and the profiling harness; not published. */
@NullMarked
package org.okrkit.bench;

import org.jspecify.annotations.NullMarked;
