package org.okrkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of okrkit's value types. Generated {@code Immutable*} classes stay
 * package-private; users reach builders through the abstract type ({@code KeyResult.builder()}) and
 * copies through its {@code with*} methods.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    // javax.annotation.processing.Generated would make every module read java.compiler
    allowedClasspathAnnotations = {
      org.jspecify.annotations.Nullable.class,
      com.google.errorprone.annotations.CanIgnoreReturnValue.class,
      com.google.errorprone.annotations.Var.class
    })
public @interface OkrStyle {}
