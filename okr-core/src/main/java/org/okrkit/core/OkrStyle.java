package org.okrkit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of okrkit's value types, applied to each package of value types in every
 * okrkit module, and to a host's or extension's own value types if it wants builders that read the
 * same: generated {@code Immutable*} classes stay package-private, users reach builders through the
 * abstract type ({@code KeyResult.builder()}) and copies through its {@code with*} methods. Of no
 * use at run time (its retention is {@code CLASS}); a host that does not use Immutables ignores it.
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
